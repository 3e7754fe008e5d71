import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED_CARD, REDACTED_NUMBER, REDACTED_SSN, passesLuhn, redact } from '../../src/privacy/redact.js';
import { redactDeep } from '../../src/privacy/redactDeep.js';

describe('redact', () => {
  it.each([
    ['my SSN is 123-45-6789', `my SSN is ${REDACTED_SSN}`],
    ['ssn 123 45 6789 thanks', `ssn ${REDACTED_SSN} thanks`],
    ['ITIN 912-70-1234.', `ITIN ${REDACTED_SSN}.`],
    ['ssn 123456789', `ssn ${REDACTED_NUMBER}`],
    ['account 000123456789 routing 021000021', `account ${REDACTED_NUMBER} routing ${REDACTED_NUMBER}`],
    ['card 4111 1111 1111 1111.', `card ${REDACTED_CARD}.`],
    ['card 4111-1111-1111-1111, expires soon', `card ${REDACTED_CARD}, expires soon`],
    ['not a card 4111 1111 1111 1112', `not a card ${REDACTED_NUMBER}`],
    ['phone 8602975962', `phone ${REDACTED_NUMBER}`],
  ])('hides %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
    expect(redact(input)).not.toBe(input);
  });

  it.each([
    'call 860-297-5962 or (860) 297-5962 or 1-800-382-9463',
    'I owe $2,000.00 and $12,345,678.90 since 2024-04-15',
    'notice dated 04/15/2025, letter L1234567, 12345678',
    'the 60 days from April 17, 2020',
    '',
  ])('keeps %j as typed', (input) => {
    expect(redact(input)).toBe(input);
    expect(redact(input)).toBe(input);
  });

  it('knows the Luhn checksum', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('5500005555555559')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((list) => list.join(''));
const words = fc.array(fc.constantFrom('my', 'number', 'is', 'please', 'help', 'refund', 'DRS', 'owe', 'notice', 'account'), { maxLength: 6 }).map((list) => list.join(' '));
const separator = fc.constantFrom(' ', '-');

/** A card number that passes Luhn: random body, check digit computed. */
const cardNumber = fc.integer({ min: 13, max: 19 }).chain((length) =>
  digits(length - 1).map((body) => {
    for (let check = 0; check <= 9; check += 1) if (passesLuhn(body + String(check))) return body + String(check);
    return body;
  }),
);

describe('redact (properties)', () => {
  it('never lets a formatted SSN or ITIN through, wherever it sits in the text', () => {
    fc.assert(
      fc.property(words, digits(3), digits(2), digits(4), separator, words, (before, a, b, c, sep, after) => {
        const ssn = `${a}${sep}${b}${sep}${c}`;
        const output = redact(`${before} ${ssn} ${after}`);
        expect(output).not.toContain(ssn);
        expect(output).not.toContain(`${a}${b}${c}`);
      }),
    );
  });

  it('never lets a card number through, grouped in fours or not', () => {
    fc.assert(
      fc.property(words, cardNumber, fc.boolean(), words, (before, card, grouped, after) => {
        const written = grouped ? (card.match(/.{1,4}/g) ?? []).join(' ') : card;
        const output = redact(`${before} ${written} ${after}`);
        expect(output).not.toContain(written);
        expect(output).toContain(REDACTED_CARD);
      }),
    );
  });

  it('never lets an account or routing number (9–17 digits) through', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 9, max: 17 }).chain(digits), words, (before, account, after) => {
        expect(redact(`${before} ${account} ${after}`)).not.toContain(account);
      }),
    );
  });

  it('leaves text without long digit runs alone, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
        if (!/\d[\d\s().,-]{7,}\d/.test(text)) expect(once).toBe(text);
      }),
    );
  });
});

describe('redactDeep', () => {
  it('redacts every string and key, and hides whole numbers of 9 or more digits', () => {
    expect(redactDeep({ 'ssn 123-45-6789': ['card 4111 1111 1111 1111', { account: 123456789, amount: 2000, rate: 0.01, ok: true, none: null }] })).toEqual({
      [`ssn ${REDACTED_SSN}`]: [`card ${REDACTED_CARD}`, { account: REDACTED_NUMBER, amount: 2000, rate: 0.01, ok: true, none: null }],
    });
  });

  it('drops what is nested deeper than it walks, instead of overflowing', () => {
    let nested: unknown = '123-45-6789';
    for (let depth = 0; depth < 10_000; depth += 1) nested = [nested];
    expect(JSON.stringify(redactDeep(nested))).not.toContain('123');
  });
});
