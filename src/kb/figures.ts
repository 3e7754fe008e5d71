import { ENGLISH_MONTHS, SPANISH_MONTHS } from '../lib/monthNames.js';

/**
 * The facts a translation must carry unchanged: numbers and amounts, dates, phone numbers, e-mail
 * and web addresses, and form and notice codes. Dates are compared as dates, so "April 17, 2020"
 * and "17 de abril de 2020" match; every other figure as written without its thousands commas.
 */
const EN_MONTHS: readonly string[] = ENGLISH_MONTHS;
const ES_MONTHS: readonly string[] = SPANISH_MONTHS;

const pad = (value: number) => String(value).padStart(2, '0');
const dateKey = (month: number, day?: string, year?: string) => `date ${year ?? '*'}-${pad(month + 1)}${day ? `-${pad(Number(day))}` : ''}`;

/** A month's number from its English name or abbreviation ("Jan.", "Sept."). */
const englishMonth = (name: string) => EN_MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace(/\.$/, '')));
const EN_DATE = new RegExp(`\\b(${EN_MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?(?![\\w-])`, 'gi');
const ES_DATE = new RegExp(`\\b(?:(\\d{1,2})(?:\\.?º)?\\s+de\\s+)?(${ES_MONTHS.join('|')})(?:\\s+(?:de|del)\\s+(\\d{4}))?\\b`, 'gi');
const URL = /https?:\/\/[^\s)>\]]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\b1[-.\s])?(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/g;
const CODE = /\b[A-Z]{1,4}-?\d+[A-Z]?(?=s?\b)/g;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Takes every match of `pattern` out of `text` (so a later pattern does not count it again), keyed by `key`. */
function take(text: string, pattern: RegExp, key: (match: RegExpExecArray) => string | undefined, into: Set<string>): string {
  return text.replace(pattern, (...args: unknown[]) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray;
    const found = key(match);
    if (found === undefined) return match[0];
    into.add(found);
    return ' ';
  });
}

/** The figures of a text (`language` decides how dates are written). */
export function figuresOf(text: string, language: 'en' | 'es'): Set<string> {
  const figures = new Set<string>();
  let rest = take(text, URL, ([url]) => `web ${url.replace(/[.,;:]+$/, '').replace(/\/$/, '')}`, figures);
  rest = take(rest, EMAIL, ([email]) => `e-mail ${email.toLowerCase()}`, figures);
  rest = take(rest, PHONE, ([phone]) => `phone ${phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')}`, figures);
  rest =
    language === 'en'
      ? take(rest, EN_DATE, ([, month = '', day, year]) => (day || year ? dateKey(englishMonth(month), day, year) : undefined), figures)
      : take(rest, ES_DATE, ([, day, month = '', year]) => (day || year ? dateKey(ES_MONTHS.indexOf(month.toLowerCase()), day, year) : undefined), figures);
  rest = take(rest, CODE, ([code]) => `code ${code.replace('-', '')}`, figures);
  take(rest, NUMBER, ([number]) => `number ${number.replace(/,/g, '').replace(/\.$/, '')}`, figures);
  return figures;
}

/** What the Spanish version lacks and adds, against the English; empty when they carry the same figures. */
export function figureDifferences(english: string, spanish: string): { missing: string[]; added: string[] } {
  const en = figuresOf(english, 'en');
  const es = figuresOf(spanish, 'es');
  return { missing: [...en].filter((figure) => !es.has(figure)), added: [...es].filter((figure) => !en.has(figure)) };
}
