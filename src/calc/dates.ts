import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import utc from 'dayjs/plugin/utc.js';
import { CalcError } from './calcError.js';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

const ISO = 'YYYY-MM-DD';

/** A calendar date (no time, no zone) from `YYYY-MM-DD`; impossible dates such as 2025-02-30 are refused. */
export function parseDate(value: unknown, field: string): Dayjs {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new CalcError('INVALID_DATE', field, `${field} must be a date written YYYY-MM-DD, such as 2025-04-15.`);
  }
  const date = dayjs.utc(value, ISO, true);
  if (!date.isValid()) throw new CalcError('INVALID_DATE', field, `${field} ${value} is not a real date.`);
  if (date.year() < 1990 || date.year() > 2200) {
    throw new CalcError('INVALID_DATE', field, `${field} ${value} is outside the years this calculator covers (1990–2200).`);
  }
  return date;
}

export const formatDate = (date: Dayjs): string => date.format(ISO);

export const dateOf = (year: number, month: number, day: number): Dayjs => dayjs.utc(Date.UTC(year, month - 1, day));

export const isLastDayOfMonth = (date: Dayjs): boolean => date.date() === date.daysInMonth();

/** The same day number `months` later, clamped to the end of that month (Jan 31 + 1 → Feb 28). */
export function addMonthsClamped(date: Dayjs, months: number, day = date.date()): Dayjs {
  const first = date.startOf('month').add(months, 'month');
  return first.date(Math.min(day, first.daysInMonth()));
}
