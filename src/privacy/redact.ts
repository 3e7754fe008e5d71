import { besideAccountWord } from './accountWords.js';

/**
 * Removes Social Security numbers, ITINs, bank account and routing numbers and card numbers from
 * free text before it is stored or logged. Errs on the side of privacy: any run of 9 or more
 * digits is hidden, whatever joins its groups (spaces, dashes of any kind, slashes, underscores,
 * invisible characters such as the zero-width space), even glued to a word as in "SSN123-45-6789",
 * unless it is written as a phone number (860-297-5962, (860) 297-5962, 1-800-382-9463), as an
 * amount with thousands commas or as a date. Runs of 7 or 8 digits are hidden beside the words
 * account, acct or routing. The letter O typed for 0, and l or I for 1, count as digits inside a
 * group that holds a digit, when the number they make is one that is hidden.
 */
export const REDACTED_SSN = '[SSN removed]';
export const REDACTED_CARD = '[card number removed]';
export const REDACTED_NUMBER = '[number removed]';

const PHONE = /^(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/;
// SSNs and ITINs share the 3-2-4 shape.
const SSN = /^\d{3}([\s/_-])\d{2}\1\d{4}$/;
const AMOUNT = /^\d{1,3}(,\d{3})+(\.\d{2})?$/;
// Any script's digits (fullwidth too) and any dash (en dash, non-breaking hyphen, minus sign).
const DIGIT = '\\p{Nd}';
const DASH = '\\p{Pd}\\u2212';
// Format characters (zero-width space and joiners, word joiner, BOM, soft hyphen) are invisible.
const INVISIBLE = '\\p{Cf}';
// What joins the groups of a number besides spaces.
const JOIN = `${DASH}/_${INVISIBLE}`;
// A free-standing run, with spaces, joiners, dots, commas or parentheses between its groups…
const FREE_RUN = `(?<![\\p{L}\\p{M}_/${DIGIT}${DASH}])\\(?${DIGIT}[${DIGIT}\\s().,${JOIN}]*${DIGIT}(?!${DIGIT})`;
// …or one glued to a word ("SSN123-45-6789", "acct000123456789"), joined by spaces and joiners only.
const GLUED_RUN = `(?<=[\\p{L}\\p{M}_/${DASH}])${DIGIT}[${DIGIT}\\s${JOIN}]*${DIGIT}(?!${DIGIT})`;
// Ids such as case ids, and dates (04/15/2025, 2024-04-15), hold digit runs: matched first, kept.
const UUID = '\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b';
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const DATE = `(?<![${DIGIT}${JOIN}])\\(?(?:${MONTH}/${DAY}/(?:\\d{4}|\\d{2})(?![${DIGIT}/_${INVISIBLE}])|\\d{4}-${MONTH}-${DAY}(?![${DIGIT}${JOIN}]))`;
const KEPT = new RegExp(`^(?:${UUID}|${DATE})$`, 'u');
const NUMBER_RUN = new RegExp(`${UUID}|${DATE}|${FREE_RUN}|${GLUED_RUN}`, 'gu');
// Groups of digits with O, l or I typed among them ("O78-O5-1121"); a group without a digit is a word.
// A run never starts after a digit, and after a letter only with a digit ("ssn078-O5-1121").
const GROUP = `(?=[OolI]*${DIGIT})[${DIGIT}OolI]+`;
const LOOKALIKE_RUN = new RegExp(
  `(?<!${DIGIT})(?:(?<![\\p{L}\\p{M}])|(?=${DIGIT}))${GROUP}(?:[\\s${JOIN}]+${GROUP})*`,
  'gu',
);
// How much text on each side is read for an account word.
const CONTEXT = 120;
const ANY_DIGIT = /\p{Nd}/gu;
const ANY_DASH = /[\p{Pd}\u2212]/gu;
const ANY_INVISIBLE = /\p{Cf}/gu;

/** A digit's value in any script: decimal digits are encoded as contiguous runs from 0 to 9. */
function digitValue(char: string): number {
  if (char >= '0' && char <= '9') return Number(char);
  let code = char.codePointAt(0) ?? 0;
  let steps = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    steps += 1;
  }
  return steps % 10;
}

/** ASCII digits and hyphens, invisible characters dropped, so the shape checks read any way of writing. */
const normalized = (text: string) =>
  text.replace(ANY_INVISIBLE, '').replace(ANY_DIGIT, (char) => String(digitValue(char))).replace(ANY_DASH, '-');

/** The Luhn checksum that every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * A phone number followed by another or by a short number in parentheses, which read as one run of
 * digits: "860-297-5962 (1-800-382-9463", "860-297-5921 (8:30 a.m.". Every piece must be a phone
 * number or too short to hide on its own.
 */
function isPhoneList(shape: string): boolean {
  const pieces = shape.split(/\s*[(),]\s*/).filter(Boolean);
  const short = (piece: string) => piece.replace(/\D/g, '').length < 7;
  return pieces.length > 1 && pieces.some((piece) => PHONE.test(piece)) && pieces.every((piece) => PHONE.test(piece) || short(piece));
}

/** The marker for `run`, or undefined when it is kept as typed; `nearAccount` tells if an account word is beside it. */
function markerFor(run: string, nearAccount: () => boolean): string | undefined {
  const shape = normalized(run);
  const digits = shape.replace(/\D/g, '');
  if (AMOUNT.test(shape)) return undefined;
  if (digits.length < 9) return digits.length >= 7 && nearAccount() ? REDACTED_NUMBER : undefined;
  if (digits.length === 9 && SSN.test(shape)) return REDACTED_SSN;
  if (PHONE.test(shape) || isPhoneList(shape)) return undefined;
  if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return REDACTED_CARD;
  return REDACTED_NUMBER;
}

/** The last `length` characters of `parts` joined, without joining them all. */
function lastChars(parts: string[], length: number): string {
  let tail = '';
  for (let i = parts.length - 1; i >= 0 && tail.length < length; i -= 1) tail = parts[i] + tail;
  return tail.slice(-length);
}

/** `text` with each run replaced by `hide(run, near)`; `near` reads the output so far and the text after the run. */
function replaceRuns(text: string, runs: RegExp, hide: (run: string, near: () => boolean) => string): string {
  const output: string[] = [];
  let last = 0;
  for (const { 0: run, index } of text.matchAll(runs)) {
    const end = index + run.length;
    output.push(text.slice(last, index));
    output.push(hide(run, () => besideAccountWord(lastChars(output, CONTEXT), text.slice(end, end + CONTEXT))));
    last = end;
  }
  output.push(text.slice(last));
  return output.join('');
}

function hideLookalikes(run: string, near: () => boolean): string {
  if (!/[OolI]/.test(run)) return run;
  return markerFor(run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1'), near) ?? run;
}

function hideNumber(match: string, near: () => boolean): string {
  if (KEPT.test(match)) return match;
  // A trailing sentence comma or period is not part of the number.
  const [, body = match, tail = ''] = /^(.*?)([.,]*)$/s.exec(match) ?? [];
  return (markerFor(body, near) ?? body) + tail;
}

export function redact(text: string): string {
  return replaceRuns(replaceRuns(text, LOOKALIKE_RUN, hideLookalikes), NUMBER_RUN, hideNumber);
}
