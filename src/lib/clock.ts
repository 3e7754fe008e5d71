/** Built once: building an Intl formatter costs far more than using it. */
const connecticutDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The taxpayer's calendar date (America/New_York) at an instant, as YYYY-MM-DD. */
export function connecticutDate(instant: Date): string {
  const parts = connecticutDay.formatToParts(instant);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
