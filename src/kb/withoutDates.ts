import { ENGLISH_MONTHS, SPANISH_MONTHS } from '../lib/monthNames.js';

/** A month's name, written out or cut to three letters ("sept" and "setiembre" too). */
const MONTH = `(${[...ENGLISH_MONTHS, ...SPANISH_MONTHS, 'sept', 'setiembre'].map((name) => (name.length > 3 ? `${name.slice(0, 3)}(${name.slice(3)})?` : name)).join('|')})`;

/** "March 3, 2025", "May 5", "3 de marzo de 2025", "3/3/2025": a day, which says nothing of the topic. */
const DAY = new RegExp(
  [String.raw`\b${MONTH}\.? \d{1,2}(st|nd|rd|th)?(,? \d{4})?\b`, String.raw`\b\d{1,2} de ${MONTH}( de(l)? \d{4})?\b`, String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`].join('|'),
  'gi',
);

/** The question without the days it names, for search: a date is for the calculators, not a topic. */
export function withoutDates(question: string): string {
  return question.replace(DAY, ' ');
}
