import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import type { DateFind } from './englishDates.js';
import { recognizeEnglishDates } from './englishDates.js';
import { isSpanishDatePiece } from './spanishReading.js';

/**
 * The Spanish date recognizer with the few rules it lacks: it reads "pago el 10" as "ago el 10"
 * (August 10, from the middle of a word), "mi" as a weekday, a bare "10" as a day, ignores the year
 * of "primero de mayo de 2025", and gives "desde el 31/1/2027" as a range. The English reader fills
 * in what the Spanish one misses ("April 15, 2024" typed in a Spanish conversation).
 */
type DateResult = ReturnType<typeof recognizeDateTime>[number];

const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);
const splitsAWord = (text: string, result: DateResult) => isLetter(text[result.start - 1]) || isLetter(text[result.end + 1]);

/** The text with the word around `at` written as spaces. */
function blankWordAt(text: string, at: number): string {
  let start = at;
  let end = at;
  while (isLetter(text[start - 1])) start -= 1;
  while (isLetter(text[end])) end += 1;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * "pago el 1 de junio": the recognizer reads the "ago" inside "pago" as August, even within a
 * longer find ("desde el 15 de abril y pago el 1"). Written "paxo" (same length), no word is a month.
 */
const withoutAugustInsideWords = (text: string) => text.replace(/(?<=\p{L})ago/giu, (letters) => `${letters[0] ?? 'a'}x${letters[2] ?? 'o'}`);

/**
 * "desde el 15 de abril … y pago el 1 de junio": the recognizer joins both into one range from the
 * first day and loses the second. "Since" a day names that day: read as "de" (same length).
 */
const withoutSince = (text: string) => text.replace(/\bdesde(?= (el |la )?\d)/giu, 'de   ');

/** "primero de mayo" as "1 de mayo", in place (the recognizer keeps the year only after a digit). */
const withDayOne = (text: string) => text.replace(/\bprimero(?= de )/gi, (word) => '1'.padEnd(word.length, ' '));

/**
 * "una liquidación … 12 de agosto": the recognizer reads "una" as one o'clock and the whole as a
 * date and time, which is then no day at all. Only "a la una" is the hour.
 */
const withoutOneOClock = (text: string) => text.replace(/(?<!\bla )\buna\b/gi, (word) => ' '.repeat(word.length));

/**
 * A date in words a taxpayer writes: not a bare number ("el 10" of "el 10%"), not a weekday's two
 * letters ("mi" of "mi aviso"), and not "el último día", which asks for a deadline (the recognizer
 * reads it as yesterday).
 */
const isDateInWords = (result: DateResult) =>
  !/^\d+$/.test(result.text.trim()) && !/^(el |la )?[uú]ltim[oa] d[ií]a$/i.test(result.text.trim()) && result.text.split(/\s+/).some(isSpanishDatePiece);

interface RangeValue {
  timex?: string;
  Mod?: string;
  start?: string;
}

/** "desde el 31/1/2027", "since January 31": a range that starts on one day, read as that day. */
function sinceAsDate(result: DateResult): DateResult {
  const values = ((result.resolution as { values?: RangeValue[] } | undefined)?.values ?? []).filter(
    (value) => value.Mod === 'since' && /^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(value.timex ?? '') && typeof value.start === 'string',
  );
  if (result.typeName !== 'datetimeV2.daterange' || values.length === 0) return result;
  return { ...result, typeName: 'datetimeV2.date', resolution: { values: values.map((value) => ({ value: value.start })) } };
}

/**
 * A date in figures read as DRS prints it on its notices, month first, since that is where a
 * taxpayer copies it from: "4/5/2024" is April 5 in Spanish too. A first number over 12 can only be
 * a day ("15/4/2024", as Spanish writes it), so it stays day first. The Spanish recognizer reads
 * day first, so a month-first date is handed to it with its first two numbers swapped (same length,
 * so positions hold).
 */
const monthFirst = (text: string) =>
  text.replace(/\b(\d{1,2})\/(\d{1,2})(?=(\/\d{2,4})?\b)/g, (whole, first: string, second: string) => (Number(first) <= 12 ? `${second}/${first}` : whole));

/** A single day the recognizer found, with the days it can mean. */
function asDateFind(result: DateResult): DateFind[] {
  if (result.typeName !== 'datetimeV2.date') return [];
  const values = ((result.resolution as { values?: { value?: string }[] } | undefined)?.values ?? [])
    .map((value) => value.value)
    // "cae sábado" resolves to "0000-00-00": a weekday alone is no date
    .filter((value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value));
  return values.length > 0 ? [{ start: result.start, end: result.end, text: result.text, values }] : [];
}

function spanishOnly(part: string, reference: Date): DateFind[] {
  let text = monthFirst(withDayOne(withoutOneOClock(withoutSince(withoutAugustInsideWords(part)))));
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const found = recognizeDateTime(text, Culture.Spanish, undefined, reference);
    const split = found.find((result) => splitsAWord(text, result));
    if (!split) return found.map(sinceAsDate).filter(isDateInWords).flatMap(asDateFind);
    text = blankWordAt(text, isLetter(text[split.start - 1]) ? split.start : split.end);
  }
  return [];
}

/** The Spanish finds, and the English ones that overlap none of them or are longer than those they overlap ("May 5, 2026"). */
function spanishFirst(spanish: DateFind[], english: DateFind[]): DateFind[] {
  const overlaps = (a: DateFind, b: DateFind) => a.start <= b.end && b.start <= a.end;
  const longer = english.filter((found) => spanish.filter((other) => overlaps(found, other)).every((other) => found.end - found.start > other.end - other.start));
  return [...spanish.filter((found) => !longer.some((other) => overlaps(found, other))), ...longer].sort((a, b) => a.start - b.start);
}

/** Days a part of a Spanish message names (positions in `part`). */
export const recognizeSpanishDates = (part: string, reference: Date): DateFind[] => spanishFirst(spanishOnly(part, reference), recognizeEnglishDates(part, reference));

/** A real day of the calendar: "2026-02-29" and "0000-00-00" are not. */
function isCalendarDay(value: string): boolean {
  const parsed = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.getUTCFullYear() >= 1000 && parsed.toISOString().slice(0, 10) === value;
}
