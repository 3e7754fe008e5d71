/**
 * Removes Social Security numbers, ITINs, bank and card numbers from free text before it is
 * stored or logged. Errs on the side of privacy: any run of 9 or more digits is hidden unless
 * it is written as a phone number (860-297-5962, (860) 297-5962, 1-800-382-9463).
 */
export const REDACTED_SSN = '[SSN removed]';
export const REDACTED_NUMBER = '[number removed]';

const PHONE = /^(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/;
const SSN = /^\d{3}([\s-])\d{2}\1\d{4}$/;
// Digit groups joined by single spaces or dashes, e.g. "1234 5678 9012 3456" or "021000021".
const DIGIT_RUN = /(?<![\w-])\(?\d[\d\s().-]*\d(?![\w-])/g;

export function redact(text: string): string {
  return text.replace(DIGIT_RUN, (match) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 9) return match;
    const trimmed = match.trim();
    if (digits.length === 9 && SSN.test(trimmed)) return REDACTED_SSN;
    if ((digits.length === 10 || digits.length === 11) && PHONE.test(trimmed)) return match;
    if (/^\d{1,3}(,\d{3})+(\.\d{2})?$/.test(trimmed)) return match;
    return REDACTED_NUMBER;
  });
}

/** True when `redact` would change the text (to warn the user that numbers were removed). */
export function containsSensitiveNumber(text: string): boolean {
  return redact(text) !== text;
}
