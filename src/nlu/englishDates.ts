import { en } from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { ctLegalHolidays } from '../calc/index.js';

/** A day a message names, where it names it (`end` inclusive), and the days it can mean, as YYYY-MM-DD. */
export interface DateFind {
  start: number;
  end: number;
  text: string;
  values: string[];
}

const isoDay = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A real calendar day: "February 30" is none. */
function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDay(year, month, day) : undefined;
}

const realDays = (days: (string | undefined)[]) => days.filter((day): day is string => day !== undefined);

/**
 * The days one find can mean: the day itself when it names its year or is relative ("today", "next
 * Friday"); a month and day without a year ("April 15") in the years around the reference, so the
 * reader can take the nearest.
 */
function daysMeant(result: ParsedResult): string[] {
  const { start } = result;
  const [month, day, year] = [start.get('month'), start.get('day'), start.get('year')];
  if (month === null || day === null || year === null) return [];
  if (start.isCertain('year') || !start.isCertain('month') || start.isCertain('weekday')) return realDays([calendarDay(year, month, day)]);
  return realDays([year - 1, year, year + 1].map((candidate) => calendarDay(candidate, month, day)));
}

/** "in 10 days", "3 weeks ago": a day counted from today. "within 60 days", "for 3 weeks", "last week" say how long, not which day. */
const countedFromToday = (result: ParsedResult) => /^in\s.*\b(days?|weeks?|months?|years?)$|\b(days?|weeks?|months?|years?)\s+ago$/i.test(result.text.trim());

/**
 * One day, named by its date, its weekday, a word such as "tomorrow" or a count from today. Not a
 * time alone ("now", "5 p.m."), a range, a weekend, or a span.
 */
function namesADay(result: ParsedResult): boolean {
  const { start } = result;
  if (result.end || result.tags().has('casualReference/now') || /\bweek(end|day)s?\b/i.test(result.text)) return false;
  if (result.tags().has('result/relativeDate')) return countedFromToday(result);
  return start.isCertain('day') || start.isCertain('weekday');
}

/**
 * "the 15th", "Friday the 10th", "the 1st of next month": a day of this month, the one before or
 * the next. Only where a date ends the thought ("the 16th president" is no date).
 */
const DAY_OF_MONTH =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?the (\d{1,2})(?:st|nd|rd|th)\b(?: of (this|next|last|the) month\b)?(?=\s*(?:$|[^\s\w]|(?:or|and|but|so|when|if|then|instead|because|at|to|this|next|i|we|it|is|was|will)\b))/gi;

/** "first of next month", "15th of the month": with the month said, "the" and figures are not needed. */
const DAY_OF_SAID_MONTH = /\b(?:the )?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fifteenth|twentieth|thirtieth|last day) of (this|next|last|the) month\b/gi;
const ORDINAL_WORDS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fifteenth: 15, twentieth: 20, thirtieth: 30 };

function dayNumber(said: string, month: Date): number {
  if (said === 'last day') return new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate();
  return ORDINAL_WORDS[said] ?? Number.parseInt(said, 10);
}

function daysOfMonth(text: string, reference: Date): DateFind[] {
  return [...text.matchAll(DAY_OF_MONTH), ...text.matchAll(DAY_OF_SAID_MONTH)].flatMap((match) => {
    const said = (match[1] ?? '').toLowerCase();
    const which = match[2]?.toLowerCase();
    const offsets = which === 'next' ? [1] : which === 'last' ? [-1] : which === 'this' ? [0] : [-1, 0, 1];
    const values = realDays(
      offsets.map((offset) => {
        const month = new Date(reference.getFullYear(), reference.getMonth() + offset, 1);
        return calendarDay(month.getFullYear(), month.getMonth() + 1, dayNumber(said, month));
      }),
    );
    return values.length > 0 ? [{ start: match.index, end: match.index + match[0].length - 1, text: match[0], values }] : [];
  });
}

/** "a week from today", "two weeks from now", "30 days after today": counted from today. */
const FROM_TODAY = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (day|week|month)s? (?:from|after) (?:today|now)\b/gi;
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function countsFromToday(text: string, reference: Date): DateFind[] {
  return [...text.matchAll(FROM_TODAY)].map((match) => {
    const count = COUNT_WORDS[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
    const unit = (match[2] ?? '').toLowerCase();
    const day = new Date(reference.getFullYear(), reference.getMonth() + (unit === 'month' ? count : 0), reference.getDate() + (unit === 'week' ? 7 * count : unit === 'day' ? count : 0));
    return { start: match.index, end: match.index + match[0].length - 1, text: match[0], values: [isoDay(day.getFullYear(), day.getMonth() + 1, day.getDate())] };
  });
}

/** Holidays a taxpayer names, as the Connecticut list names them (its fixed-date ones on the day itself, not the day observed). */
const HOLIDAY_NAMES: readonly [RegExp, string | [number, number]][] = [
  [/\bnew year'?s eve\b/i, [12, 31]],
  [/\bnew year'?s(?: day)?\b(?! eve)/i, [1, 1]],
  [/\b(?:mlk|martin luther king(?: jr\.?)?)(?: jr\.?)? day\b/i, 'Martin Luther King Jr. Day'],
  [/\blincoln'?s? (?:day|birthday)\b/i, [2, 12]],
  [/\b(?:washington'?s birthday|presidents'? day)\b/i, "Washington's Birthday"],
  [/\bgood friday\b/i, 'Good Friday'],
  [/\bmemorial day\b/i, 'Memorial Day'],
  [/\bjuneteenth\b/i, [6, 19]],
  [/\bindependence day\b/i, [7, 4]],
  [/\blabor day\b/i, 'Labor Day'],
  [/\bcolumbus day\b/i, 'Columbus Day'],
  [/\bveterans'? day\b/i, [11, 11]],
  [/\bthanksgiving(?: day)?\b/i, 'Thanksgiving Day'],
  [/\bchristmas eve\b/i, [12, 24]],
  [/\bchristmas(?: day)?\b(?! eve)/i, [12, 25]],
];

function holidays(text: string, reference: Date): DateFind[] {
  const year = reference.getFullYear();
  const years = [year - 1, year, year + 1];
  return HOLIDAY_NAMES.flatMap(([pattern, holiday]) => {
    const match = pattern.exec(text);
    if (!match) return [];
    const values =
      typeof holiday === 'string'
        ? years.flatMap((each) => ctLegalHolidays(each).filter((listed) => listed.name === holiday).map((listed) => listed.date))
        : realDays(years.map((each) => calendarDay(each, holiday[0], holiday[1])));
    return [{ start: match.index, end: match.index + match[0].length - 1, text: match[0], values }];
  });
}

const dayFind = (result: ParsedResult, offset = 0): DateFind => ({ start: offset + result.index, end: offset + result.index + result.text.length - 1, text: result.text, values: daysMeant(result) });

/** "due April 15, 2024 until April 15, 2025": the two days a range joins, each read on its own ("from May 1 to May 5" too). */
const RANGE_JOIN = /\s+(?:until|till|til|through|thru|to)\s+/i;

function rangeEnds(result: ParsedResult, reference: Date): DateFind[] {
  const join = RANGE_JOIN.exec(result.text);
  if (!join) return [];
  const halves: [number, number][] = [
    [0, join.index],
    [join.index + join[0].length, result.text.length],
  ];
  return halves.flatMap(([from, to]) => en.parse(result.text.slice(from, to), reference).filter((half) => !half.end && namesADay(half)).map((half) => dayFind(half, result.index + from)));
}

const overlaps = (a: DateFind, b: DateFind) => a.start <= b.end && b.start <= a.end;
const length = (find: DateFind) => find.end - find.start;

/**
 * The days an English message names, in order, read with chrono-node (a fraction of a millisecond a
 * message) and, for what it does not read, the day of the month ("the 15th") and holiday names.
 * Relative days resolve against `reference`, whose local date is the taxpayer's date.
 */
export function recognizeEnglishDates(text: string, reference: Date): DateFind[] {
  const found: DateFind[] = en
    .parse(text, reference)
    .flatMap((result) => (result.end ? rangeEnds(result, reference) : namesADay(result) ? [dayFind(result)] : []))
    .filter((find) => find.values.length > 0);
  const kept: DateFind[] = [];
  // Of finds that overlap, the longest: "Good Friday" over "Friday".
  for (const find of [...found, ...daysOfMonth(text, reference), ...countsFromToday(text, reference), ...holidays(text, reference)].sort((a, b) => length(b) - length(a))) {
    if (!kept.some((other) => overlaps(other, find))) kept.push(find);
  }
  return kept.sort((a, b) => a.start - b.start);
}
