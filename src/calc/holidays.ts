import type { Dayjs } from 'dayjs';
import { CalcError } from './calcError.js';
import { dateOf, formatDate } from './dates.js';

export interface Holiday {
  date: string;
  name: string;
}

/** The n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Dayjs {
  if (n > 0) {
    const first = dateOf(year, month, 1);
    return first.add(((weekday - first.day() + 7) % 7) + (n - 1) * 7, 'day');
  }
  const last = dateOf(year, month, 1).endOf('month').startOf('day');
  return last.subtract((last.day() - weekday + 7) % 7, 'day');
}

/** Easter Sunday (Anonymous Gregorian algorithm). */
function easter(year: number): Dayjs {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

/** A fixed-date holiday on a Sunday is observed the Monday after; on a Saturday, the Friday before. */
function observed(date: Dayjs): Dayjs {
  if (date.day() === 0) return date.add(1, 'day');
  if (date.day() === 6) return date.subtract(1, 'day');
  return date;
}

const FIXED: readonly [number, number, string][] = [
  [1, 1, "New Year's Day"],
  [2, 12, 'Lincoln Day'],
  [6, 19, 'Juneteenth'],
  [7, 4, 'Independence Day'],
  [11, 11, "Veterans' Day"],
  [12, 25, 'Christmas Day'],
];

/** Juneteenth became a Connecticut legal holiday in 2023. */
const JUNETEENTH_FROM = 2023;

/**
 * Connecticut legal holidays (CGS §1-4 and the state's observance list) on the dates they are
 * observed in `year`. A New Year's Day falling on a Saturday is observed on December 31 of the
 * year before, so it appears in that year's list.
 */
export function ctLegalHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1990 || year > 2200) {
    throw new CalcError('INVALID_YEAR', 'year', 'year must be a whole number from 1990 to 2200.');
  }
  const holidays: { date: Dayjs; name: string }[] = [];
  for (const [month, day, name] of FIXED) {
    if (name === 'Juneteenth' && year < JUNETEENTH_FROM) continue;
    const date = dateOf(year, month, day);
    const on = observed(date);
    if (on.year() === year) holidays.push({ date: on, name: on.isSame(date, 'day') ? name : `${name} (observed)` });
  }
  const nextNewYear = dateOf(year + 1, 1, 1);
  if (nextNewYear.day() === 6) holidays.push({ date: nextNewYear.subtract(1, 'day'), name: "New Year's Day (observed)" });
  holidays.push(
    { date: nthWeekday(year, 1, 1, 3), name: 'Martin Luther King Jr. Day' },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: easter(year).subtract(2, 'day'), name: 'Good Friday' },
    { date: nthWeekday(year, 5, 1, -1), name: 'Memorial Day' },
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
  );
  return holidays.sort((a, b) => a.date.valueOf() - b.date.valueOf()).map(({ date, name }) => ({ date: formatDate(date), name }));
}

const cache = new Map<number, Set<string>>();
const holidayDates = (year: number) => {
  let dates = cache.get(year);
  if (!dates) {
    dates = new Set(ctLegalHolidays(year).map((holiday) => holiday.date));
    cache.set(year, dates);
  }
  return dates;
};

/** Not a Saturday, Sunday or Connecticut legal holiday. */
export function isBusinessDayOn(date: Dayjs): boolean {
  return date.day() !== 0 && date.day() !== 6 && !holidayDates(date.year()).has(formatDate(date));
}

/** The date itself when it is a business day, otherwise the next business day (CGS §12-39a). */
export function nextBusinessDay(date: Dayjs): Dayjs {
  let day = date;
  while (!isBusinessDayOn(day)) day = day.add(1, 'day');
  return day;
}

/** The date itself when it is a business day, otherwise the business day before it. */
export function previousBusinessDay(date: Dayjs): Dayjs {
  let day = date;
  while (!isBusinessDayOn(day)) day = day.subtract(1, 'day');
  return day;
}
