/** Dates as people read them. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 2020-04-17 → April 17, 2020 (with the weekday: Friday, April 17, 2020). */
export function longDate(isoDate: string, withWeekday = false): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const text = `${MONTHS[month - 1]} ${day}, ${year}`;
  return withWeekday ? `${DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}, ${text}` : text;
}
