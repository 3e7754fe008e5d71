import type { Dayjs } from 'dayjs';
import { CalcError } from './calcError.js';
import { addMonthsClamped, formatDate, isLastDayOfMonth, parseDate } from './dates.js';
import { percentOf, toCents, toDollars } from './money.js';
import { ESTIMATE_NOTICE, INTEREST_PERCENT_PER_MONTH, interestRule, penaltyRules, safeHarborRule, waivedPenaltyRule } from './rules.js';
import type { TaxType } from './rules.js';

export interface BalanceInput {
  taxType: TaxType;
  tax: number;
  dueDate: string;
  paymentDate: string;
  /** At least 90% paid by the original due date and the rest with the return by the extended due date. */
  extensionSafeHarbor?: boolean;
  /** DRS waived the penalty (Form DRS-PW): interest alone remains. */
  penaltyWaived?: boolean;
}

export interface InterestMonth {
  number: number;
  start: string;
  end: string;
}

/** Interest on a late payment: the same for every tax type. */
export interface InterestEstimate {
  months: number;
  interest: number;
  tax: number;
  interestPerMonth: number;
  interestRule: { label: string; citation: string };
  /** The first and last month of interest (absent when paid on time). */
  firstMonth?: InterestMonth;
  lastMonth?: InterestMonth;
  estimate: true;
  notice: string;
}

export interface BalanceEstimate extends InterestEstimate {
  penalty: number;
  total: number;
  penaltyRule: { label: string; citation: string; applied: boolean };
  /** Set when the minimum penalty replaced the smaller percentage ($300 of sales tax: 15% is $45, the penalty $50). */
  minimumReplaced?: { byPercent: number; minimum: number };
}

/**
 * The end of interest month `n` after a due date (Regs. §12-701(b)-1(11)): a month runs from the
 * day after the due date to the same day of the next month; when the due date is the last day of
 * its month, each month ends on the last day of the next month; otherwise the day is clamped to
 * the month's end (due January 30: February 28, March 30, …).
 */
export function monthEnd(dueDate: Dayjs, n: number): Dayjs {
  if (isLastDayOfMonth(dueDate)) return addMonthsClamped(dueDate, n, 31);
  return addMonthsClamped(dueDate, n);
}

/** Months of interest: the smallest n ≥ 0 whose month ends on or after the payment date. */
export function countMonths(dueDate: Dayjs, paymentDate: Dayjs): number {
  if (!paymentDate.isAfter(dueDate)) return 0;
  let n = Math.max(1, (paymentDate.year() - dueDate.year()) * 12 + paymentDate.month() - dueDate.month() - 1);
  while (monthEnd(dueDate, n).isBefore(paymentDate)) n += 1;
  while (n > 1 && !monthEnd(dueDate, n - 1).isBefore(paymentDate)) n -= 1;
  return n;
}

const TAX_TYPES = Object.keys(penaltyRules);

/** Interest on a late payment (an estimate): 1% of the tax per month or part of a month, whatever the tax. */
export function estimateInterest(input: Omit<BalanceInput, 'taxType' | 'extensionSafeHarbor'>): InterestEstimate {
  const taxCents = toCents(input.tax, 'tax');
  const due = parseDate(input.dueDate, 'dueDate');
  const paid = parseDate(input.paymentDate, 'paymentDate');
  const months = countMonths(due, paid);
  const perMonth = percentOf(taxCents, INTEREST_PERCENT_PER_MONTH);
  const month = (n: number): InterestMonth => ({
    number: n,
    start: formatDate(monthEnd(due, n - 1).add(1, 'day')),
    end: formatDate(monthEnd(due, n)),
  });
  return {
    months,
    interest: toDollars(perMonth * months),
    tax: toDollars(taxCents),
    interestPerMonth: toDollars(perMonth),
    interestRule,
    ...(months > 0 ? { firstMonth: month(1), lastMonth: month(months) } : {}),
    estimate: true,
    notice: ESTIMATE_NOTICE,
  };
}

/** Penalty and interest on a late payment, as Connecticut computes them (an estimate). */
export function estimateBalance(input: BalanceInput): BalanceEstimate {
  if (!TAX_TYPES.includes(input.taxType)) {
    throw new CalcError('UNKNOWN_TAX_TYPE', 'taxType', `taxType must be one of ${TAX_TYPES.join(', ')}.`);
  }
  const interest = estimateInterest(input);
  const taxCents = toCents(input.tax, 'tax');
  const rule = penaltyRules[input.taxType];
  const penaltyApplies = interest.months > 0 && taxCents > 0 && !input.extensionSafeHarbor && !input.penaltyWaived;
  const byPercentCents = percentOf(taxCents, rule.percent);
  const penaltyCents = penaltyApplies ? Math.max(byPercentCents, rule.minimumCents) : 0;
  const interestCents = Math.round(interest.interest * 100);
  const minimumReplaced = penaltyApplies && byPercentCents < rule.minimumCents ? { minimumReplaced: { byPercent: toDollars(byPercentCents), minimum: toDollars(rule.minimumCents) } } : {};
  return {
    ...interest,
    penalty: toDollars(penaltyCents),
    total: toDollars(taxCents + penaltyCents + interestCents),
    penaltyRule: penaltyRuleFor(input, interest.months > 0, { label: rule.label, citation: rule.citation, applied: penaltyApplies }),
    ...minimumReplaced,
  };
}

/** The rule shown for the penalty: the statute's, or why none is charged (a waiver, the extension safe harbour). */
function penaltyRuleFor(input: BalanceInput, late: boolean, statute: BalanceEstimate['penaltyRule']): BalanceEstimate['penaltyRule'] {
  if (late && input.penaltyWaived) return { ...waivedPenaltyRule, applied: false };
  if (late && input.extensionSafeHarbor) return { ...safeHarborRule, applied: false };
  return statute;
}

/** The payment date `months` after a due date: the same day of the month, so interest counts exactly that many months. */
export function paidMonthsLater(dueDate: string, months: number): string {
  return formatDate(monthEnd(parseDate(dueDate, 'dueDate'), months));
}

/** Any due date serves when only the months late are known: interest counts whole months either way. */
const SOME_DUE_DATE = '2001-01-15';

/** Penalty and interest on a payment `monthsLate` months late, with no dates (the months are not placed in a calendar). */
export function estimateBalanceMonthsLate(input: { taxType: TaxType; tax: number; monthsLate: number }): BalanceEstimate {
  const { firstMonth: _first, lastMonth: _last, ...estimate } = estimateBalance({ taxType: input.taxType, tax: input.tax, ...lateDates(input.monthsLate) });
  return estimate;
}

/** Interest alone on a payment `monthsLate` months late, with no dates. */
export function estimateInterestMonthsLate(input: { tax: number; monthsLate: number }): InterestEstimate {
  const { firstMonth: _first, lastMonth: _last, ...estimate } = estimateInterest({ tax: input.tax, ...lateDates(input.monthsLate) });
  return estimate;
}

function lateDates(monthsLate: number): { dueDate: string; paymentDate: string } {
  if (!Number.isInteger(monthsLate) || monthsLate < 0 || monthsLate > 600) {
    throw new CalcError('INVALID_TERM', 'monthsLate', 'monthsLate must be a whole number of months from 0 to 600.');
  }
  return { dueDate: SOME_DUE_DATE, paymentDate: paidMonthsLater(SOME_DUE_DATE, monthsLate) };
}

/** The late-payment penalty alone, when no dates are given: charged once, whatever the months. */
export interface PenaltyEstimate {
  tax: number;
  penalty: number;
  penaltyRule: { label: string; citation: string };
  minimumReplaced?: BalanceEstimate['minimumReplaced'];
  /** The interest added for each month or part of a month late, on the tax alone. */
  interestPerMonth: number;
  estimate: true;
  notice: string;
}

/** The penalty on tax paid late, with the monthly interest that comes on top (an estimate). */
export function estimateLatePenalty(input: { taxType: TaxType; tax: number }): PenaltyEstimate {
  const { penalty, penaltyRule, minimumReplaced, interestPerMonth, tax, notice } = estimateBalanceMonthsLate({ ...input, monthsLate: 1 });
  return { tax, penalty, penaltyRule: { label: penaltyRule.label, citation: penaltyRule.citation }, ...(minimumReplaced ? { minimumReplaced } : {}), interestPerMonth, estimate: true, notice };
}

/** An income tax return's extension: six months past the original due date (April 15 → October 15). */
export const EXTENSION_MONTHS = 6;

/**
 * The extension safe harbour (CGS §12-723): at least 90% of the tax paid by the original due date
 * and the rest by the extended due date means no late-payment penalty; interest still runs.
 */
export function meetsExtensionSafeHarbor(input: { total: number; paidOnTime: number; dueDate: string; paymentDate: string }): boolean {
  const extendedDue = addMonthsClamped(parseDate(input.dueDate, 'dueDate'), EXTENSION_MONTHS);
  const paid = parseDate(input.paymentDate, 'paymentDate');
  return toCents(input.paidOnTime, 'paidOnTime') * 10 >= toCents(input.total, 'total') * 9 && !paid.isAfter(extendedDue);
}
