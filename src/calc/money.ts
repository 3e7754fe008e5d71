import { CalcError } from './calcError.js';

/** Amounts above this are refused as typing mistakes ($10 billion). */
const MAX_DOLLARS = 10_000_000_000;

/** Dollars (a number, at most a fraction of a cent off) to whole cents; negative or non-numeric amounts are refused. */
export function toCents(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CalcError('INVALID_AMOUNT', field, `${field} must be an amount in dollars, such as 1250.00.`);
  }
  if (value < 0) throw new CalcError('INVALID_AMOUNT', field, `${field} cannot be negative.`);
  if (value > MAX_DOLLARS) throw new CalcError('INVALID_AMOUNT', field, `${field} is larger than this calculator accepts.`);
  return Math.round(value * 100 + Number.EPSILON * 100);
}

export const toDollars = (cents: number): number => cents / 100;

/** `cents × percent / 100`, rounded half up to the cent, in integers. */
export const percentOf = (cents: number, percent: number): number => Math.floor((cents * percent + 50) / 100);

/** Built once: `toLocaleString` builds a formatter on every call. */
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** $2,320.00 */
export const formatDollars = (cents: number): string => `$${twoDecimals.format(cents / 100)}`;

/** A dollar amount (not cents), rounded to the cent and formatted: 690.2 → $690.20. */
export const formatAmount = (dollars: number): string => formatDollars(Math.round(dollars * 100));
