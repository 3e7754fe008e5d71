import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { isBusinessDay } from '../calc/index.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** When DRS representatives take live hand-offs, as shown to the taxpayer. */
export const BUSINESS_HOURS_TEXT = 'Monday–Friday, 8:30 a.m.–4:30 p.m.';

const ZONE = 'America/New_York';
/** Minutes after local midnight: open from 8:30 (inclusive) to 16:30 (exclusive). */
const OPENS = 8 * 60 + 30;
const CLOSES = 16 * 60 + 30;

const local = (instant: Date): Dayjs => dayjs(instant).tz(ZONE);
const minuteOfDay = (time: Dayjs): number => time.hour() * 60 + time.minute();
const calendarDate = (time: Dayjs): string => time.format('YYYY-MM-DD');

/** Monday–Friday 8:30 a.m.–4:30 p.m. Connecticut time, except Connecticut legal holidays. */
export function isOpen(now: Date): boolean {
  const time = local(now);
  const minute = minuteOfDay(time);
  return minute >= OPENS && minute < CLOSES && isBusinessDay(calendarDate(time));
}

/** `now` while open; otherwise the next 8:30 a.m. on a business day after `now`. */
export function nextOpening(now: Date): Date {
  if (isOpen(now)) return now;
  const time = local(now);
  // Step through calendar dates (no zone) so a DST change cannot skip or repeat a day.
  let date = dayjs.utc(calendarDate(time));
  if (minuteOfDay(time) >= OPENS) date = date.add(1, 'day');
  while (!isBusinessDay(date.format('YYYY-MM-DD'))) date = date.add(1, 'day');
  return dayjs.tz(`${date.format('YYYY-MM-DD')}T08:30:00`, ZONE).toDate();
}

/** The next opening in Connecticut time, e.g. "Monday, November 23, 2026, at 8:30 a.m.". */
export function describeNextOpening(now: Date): string {
  const time = local(nextOpening(now)).locale('en');
  return `${time.format('dddd, MMMM D, YYYY')}, at ${time.format('h:mm')} ${time.hour() < 12 ? 'a.m.' : 'p.m.'}`;
}
