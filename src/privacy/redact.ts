/**
 * Removes Social Security numbers, ITINs, bank account and routing numbers and card numbers from
 * free text before it is stored or logged. Errs on the side of privacy: any run of 9 or more
 * digits (spaces and dashes of any kind allowed between groups, even glued to a word as in
 * "SSN123-45-6789") is hidden unless it is written as a phone
 * number (860-297-5962, (860) 297-5962, 1-800-382-9463) or as an amount with thousands commas.
 */
export const REDACTED_SSN = '[SSN removed]';
export const REDACTED_CARD = '[card number removed]';
export const REDACTED_NUMBER = '[number removed]';

const PHONE = /^(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/;
// SSNs and ITINs share the 3-2-4 shape.
const SSN = /^\d{3}([\s-])\d{2}\1\d{4}$/;
const AMOUNT = /^\d{1,3}(,\d{3})+(\.\d{2})?$/;
// Any script's digits (fullwidth too) and any dash (en dash, non-breaking hyphen, minus sign).
const DIGIT = '\\p{Nd}';
const DASH = '\\p{Pd}\\u2212';
// A free-standing run, with spaces, dashes, dots, commas or parentheses between its groups…
const FREE_RUN = `(?<![\\p{L}\\p{M}_${DIGIT}${DASH}])\\(?${DIGIT}[${DIGIT}\\s().,${DASH}]*${DIGIT}(?!${DIGIT})`;
// …or one glued to a word ("SSN123-45-6789", "acct000123456789"), joined by spaces and dashes only.
const GLUED_RUN = `(?<=[\\p{L}\\p{M}_${DASH}])${DIGIT}[${DIGIT}\\s${DASH}]*${DIGIT}(?!${DIGIT})`;
// Identifiers such as case ids hold digit runs but are never a taxpayer's number: matched first, kept.
const UUID = '\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b';
const IS_UUID = new RegExp(`^${UUID}$`, 'u');
const DIGIT_RUN = new RegExp(`${UUID}|${FREE_RUN}|${GLUED_RUN}`, 'gu');
const ANY_DIGIT = /\p{Nd}/gu;
const ANY_DASH = /[\p{Pd}\u2212]/gu;

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

/** ASCII digits and hyphens, so the shape checks below read any way of writing the number. */
const normalized = (text: string) => text.replace(ANY_DIGIT, (char) => String(digitValue(char))).replace(ANY_DASH, '-');

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

function replacement(match: string): string {
  const trimmed = normalized(match.trim());
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 9 || AMOUNT.test(trimmed)) return match;
  if (digits.length === 9 && SSN.test(trimmed)) return REDACTED_SSN;
  if ((digits.length === 10 || digits.length === 11) && PHONE.test(trimmed)) return match;
  if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return REDACTED_CARD;
  return REDACTED_NUMBER;
}

export function redact(text: string): string {
  return text.replace(DIGIT_RUN, (match) => {
    if (IS_UUID.test(match)) return match;
    // A trailing sentence comma or period is not part of the number.
    const [, body = match, tail = ''] = /^(.*?)([.,]*)$/s.exec(match) ?? [];
    return replacement(body) + tail;
  });
}
