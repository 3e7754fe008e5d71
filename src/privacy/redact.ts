/**
 * Removes Social Security numbers, ITINs, bank account and routing numbers and card numbers from
 * free text before it is stored or logged. Errs on the side of privacy: any run of 9 or more
 * digits (spaces and dashes allowed between groups) is hidden unless it is written as a phone
 * number (860-297-5962, (860) 297-5962, 1-800-382-9463) or as an amount with thousands commas.
 */
export const REDACTED_SSN = '[SSN removed]';
export const REDACTED_CARD = '[card number removed]';
export const REDACTED_NUMBER = '[number removed]';

const PHONE = /^(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/;
// SSNs and ITINs share the 3-2-4 shape.
const SSN = /^\d{3}([\s-])\d{2}\1\d{4}$/;
const AMOUNT = /^\d{1,3}(,\d{3})+(\.\d{2})?$/;
const DIGIT_RUN = /(?<![\w-])\(?\d[\d\s().,-]*\d(?![\w-])/g;

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
  const trimmed = match.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 9 || AMOUNT.test(trimmed)) return match;
  if (digits.length === 9 && SSN.test(trimmed)) return REDACTED_SSN;
  if ((digits.length === 10 || digits.length === 11) && PHONE.test(trimmed)) return match;
  if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return REDACTED_CARD;
  return REDACTED_NUMBER;
}

export function redact(text: string): string {
  return text.replace(DIGIT_RUN, (match) => {
    // A trailing sentence comma or period is not part of the number.
    const [, body = match, tail = ''] = /^(.*?)([.,]*)$/s.exec(match) ?? [];
    return replacement(body) + tail;
  });
}
