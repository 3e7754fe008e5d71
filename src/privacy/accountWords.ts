/** The words that make a 7- or 8-digit number a bank account or routing number. */
const WORD = '(?:accounts?|acct|routing)';
/** How far before or after a number its word is looked for, once other numbers count as one character. */
const WINDOW = 30;
// Other numbers, written or already removed, are neither words nor length: each reads as "0".
const NUMBERS = /\[[^[\]]* removed\]|\p{Nd}(?:[\p{Nd}\s/_.,()\p{Pd}\u2212\p{Cf}]*\p{Nd})?/gu;
// The word, then at most three words, then the number: "account 1234567", "acct no. 1234567",
// "my checking account is 7654321", "acct#1234567"; never a letter glued to the number ("L1234567").
const BEFORE = new RegExp(`(?<!\\p{L})${WORD}(?:(?:\\P{L}+\\p{L}+){0,3}\\P{L}+)?$`, 'iu');
// The number, then at most three words, then "account number": "1234567 is my account number".
const AFTER = new RegExp(`^(?:\\P{L}+\\p{L}+){0,3}?\\P{L}+${WORD}\\s*(?:number|num(?!\\p{L})|no(?!\\p{L})|#)`, 'iu');

const numbersAsZero = (text: string) => text.replace(NUMBERS, '0');

/**
 * Whether an account word stands beside a number, given the text `before` it (already redacted)
 * and `after` it. An amount written with a dollar sign is not an account number.
 */
export function besideAccountWord(before: string, after: string): boolean {
  if (before.endsWith('$')) return false;
  if (BEFORE.test(numbersAsZero(before).slice(-WINDOW))) return true;
  return !/[\p{L}\p{M}]$/u.test(before) && AFTER.test(numbersAsZero(after).slice(0, WINDOW));
}
