import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { InstantRange } from './ports.js';

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONE = 'America/New_York';

export interface InsightsPeriod {
  range: InstantRange;
  /** Every Connecticut day in the period, oldest first, YYYY-MM-DD. */
  days: string[];
}

/** The last `days` Connecticut days, today included: from midnight of the first to `now`. */
export function insightsPeriod(days: number, now: Date): InsightsPeriod {
  const today = dayjs(now).tz(ZONE).startOf('day');
  const first = today.subtract(days - 1, 'day');
  const list = Array.from({ length: days }, (_, index) => first.add(index, 'day').format('YYYY-MM-DD'));
  return { range: { from: first.toDate(), to: now }, days: list };
}
