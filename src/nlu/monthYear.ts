import type { Language } from '../lib/language.js';
import { ENGLISH_MONTHS, SPANISH_MONTHS } from '../lib/monthNames.js';

/** The month (0–11) a word names: its full name, its first three letters, or "sept"/"setiembre". */
function monthNamed(word: string, names: readonly string[]): number {
  const spelled = word === 'sept' ? 'sep' : word === 'setiembre' ? 'septiembre' : word;
  return names.findIndex((name) => name === spelled || name.slice(0, 3) === spelled);
}

/** A month and year with no day ("June 2025", "junio de 2025", "mayo del 2024"); not "15 de junio de 2025". */
const MONTH_YEAR = /(?<!\d\s?(?:de\s|of\s)?)\b([a-z]{3,10})\.?,?\s(?:(?:de|del|of)\s)?((?:19|20)\d{2})\b/giu;

export interface MonthYearMention {
  /** The month's first day, YYYY-MM-01. */
  firstDay: string;
  start: number;
}

/** Every month named with a year and no day, in the order written. */
export function findMonthYears(text: string, language: Language): MonthYearMention[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const names = language === 'es' ? [SPANISH_MONTHS, ENGLISH_MONTHS] : [ENGLISH_MONTHS];
  const found: MonthYearMention[] = [];
  for (const match of plain.matchAll(MONTH_YEAR)) {
    const [, word = '', year = ''] = match;
    const month = Math.max(...names.map((list) => monthNamed(word, list)));
    if (month < 0) continue;
    found.push({ firstDay: `${year}-${String(month + 1).padStart(2, '0')}-01`, start: match.index });
  }
  return found;
}
