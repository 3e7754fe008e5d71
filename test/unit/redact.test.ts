import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED_CARD, REDACTED_NUMBER, REDACTED_SSN, passesLuhn, redact } from '../../src/privacy/redact.js';
import { redactDeep } from '../../src/privacy/redactDeep.js';
import { CONSENT_REFUSED } from '../../dialogs/handoffTexts.js';
import { callDrsSentence, priorityOneReach } from '../../src/kb/contacts.js';
import { projectEntries } from '../fixtures/knowledge.js';

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
    // Slashes and underscores between the groups.
    ['ssn 536/22/4821', `ssn ${REDACTED_SSN}`],
    ['ssn 536_22_4822.', `ssn ${REDACTED_SSN}.`],
    ['card 6011/0000/0000/0004', `card ${REDACTED_CARD}`],
    ['DOB 01/02/1980 123-45-6789', `DOB 01/02/1980 ${REDACTED_SSN}`],
    // Invisible characters between the digits read as absent.
    ['ssn 536\u200B22\u200B4821', `ssn ${REDACTED_NUMBER}`],
    ['5\u200B3\u200B6\u200B2\u200B2\u200B4\u200B8\u200B2\u200B1 is mine', `${REDACTED_NUMBER} is mine`],
    ['536\u200C22\u200D4821', REDACTED_NUMBER],
    ['536\u206022\uFEFF4821', REDACTED_NUMBER],
    ['536\u00AD22\u00AD4821', REDACTED_NUMBER],
    ['ssn 536-22\u200B-4821', `ssn ${REDACTED_SSN}`],
    // O typed for 0, l or I for 1, inside groups of digits.
    ['ssn O78-O5-1121', `ssn ${REDACTED_SSN}`],
    ['SSN: o78 o5 1121.', `SSN: ${REDACTED_SSN}.`],
    ['ssn078-O5-1121', `ssn${REDACTED_SSN}`],
    ['ssn 536-22-482l', `ssn ${REDACTED_SSN}`],
    ['ITIN 9I2-7O-1234', `ITIN ${REDACTED_SSN}`],
    // 7 or 8 digits beside account, acct or routing.
    ['account 1234567', `account ${REDACTED_NUMBER}`],
    ['acct #12345678', `acct #${REDACTED_NUMBER}`],
    ['acct no. 1234567', `acct no. ${REDACTED_NUMBER}`],
    ['routing number: 12345678', `routing number: ${REDACTED_NUMBER}`],
    ['my checking account is 7654321', `my checking account is ${REDACTED_NUMBER}`],
    ['1234567 is my account number', `${REDACTED_NUMBER} is my account number`],
    ['Acct1234567', `Acct${REDACTED_NUMBER}`],
    ['accounts 1234567 and 7654321.', `accounts ${REDACTED_NUMBER} and ${REDACTED_NUMBER}.`],
    ['account 12345O7', `account ${REDACTED_NUMBER}`],
  ])('hides %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
    expect(redact(input)).not.toBe(input);
  });

  it.each([
    'call 860-297-5962 or (860) 297-5962 or 1-800-382-9463',
    'I owe $2,000.00 and $12,345,678.90 since 2024-04-15',
    'notice dated 04/15/2025, letter L1234567, 12345678',
    'the 60 days from April 17, 2020',
    'OOO until Monday; Form DRS-PW; Room 101; I owe 2,000; Part I 12345678',
    'Form 1040 O 2024, 86O-297-5962, $2,OOO.OO',
    'from 2024-04-15 2024-10-15',
    'case P1-7K4Q2M, DRS-ABCDEF',
    // Beside account words, but not an account number.
    'account opened 04/15/2025, balance $1234567 or 1,234,567, call 860-297-5962',
    'account letter L1234567',
    'letter 1234567 about my account',
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
/** Everything that may join the groups of an SSN: spaces, dashes, slashes, underscores, invisible characters. */
const JOINERS = [' ', '-', '/', '_', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

/** A card number that passes Luhn: random body, check digit computed. */
const cardNumber = fc.integer({ min: 13, max: 19 }).chain((length) =>
  digits(length - 1).map((body) => {
    for (let check = 0; check <= 9; check += 1) if (passesLuhn(body + String(check))) return body + String(check);
    return body;
  }),
);

describe('redact keeps DRS\'s own public contacts', () => {
  it('in every fixed text and every answer, so a representative\'s transcript shows them', () => {
    const texts = [
      callDrsSentence,
      CONSENT_REFUSED,
      `You can also call ${priorityOneReach({ voicemail: true, email: true })}.`,
      ...projectEntries.map((entry) => `${entry.shortAnswer}\n${entry.details}`),
    ];
    for (const text of texts) expect(redact(text)).toBe(text);
    expect(callDrsSentence).toMatch(/860-297-5962 \(1-800-382-9463/);
  });

  it('but not numbers that only sit beside each other in parentheses', () => {
    for (const typed of ['SSN 123-45-6789 (987-65-4321)', 'call 860-297-5962 (123-45-6789)', 'ssn 123 (45) 6789', 'account 12345678901 (860-297-5962)']) {
      expect(redact(typed).replace(/860-297-5962/, '')).not.toMatch(/\d{4}/);
    }
  });
});

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

  it('never lets an SSN through, whatever joins its groups and with O typed for 0', () => {
    // SSA never issues a group of all zeros, so each group holds a digit other than 0.
    const group = (length: number) => digits(length).filter((value) => /[1-9]/.test(value));
    const withOs = (value: string) => fc.tuple(...[...value].map((char) => (char === '0' ? fc.constantFrom('0', 'O', 'o') : fc.constant(char)))).map((chars) => chars.join(''));
    const joiner = fc.constantFrom(...JOINERS);
    const ssn = fc.tuple(group(3), group(2), group(4)).chain(([a, b, c]) =>
      fc.oneof(
        // Groups joined by any separators, mixed, with O for some zeros…
        fc.tuple(withOs(a), joiner, withOs(b), joiner, withOs(c)).map((parts) => parts.join('')),
        // …or every digit apart, with invisible characters between them.
        fc.constantFrom(...JOINERS.slice(4)).map((invisible) => [...`${a}${b}${c}`].join(invisible)),
      ),
    );
    fc.assert(
      fc.property(words, ssn, words, (before, written, after) => {
        const output = redact(`${before} ${written} ${after}`);
        expect(output).not.toContain(written);
        expect(output).not.toMatch(/\d/);
        expect(output).toMatch(/\[(SSN|number) removed\]/);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps phone numbers, amounts, dates, ids and case numbers as typed, even beside account words', () => {
    const two = (min: number, max: number) => fc.integer({ min, max }).map((value) => String(value).padStart(2, '0'));
    const kept = fc.oneof(
      fc.tuple(digits(3), digits(3), digits(4)).chain(([a, b, c]) => fc.constantFrom(`${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `1-800-${b}-${c}`)),
      fc.tuple(fc.integer({ min: 1000, max: 2_000_000_000 }), fc.boolean()).map(([dollars, cents]) => `$${dollars.toLocaleString('en-US')}${cents ? '.25' : ''}`),
      fc.tuple(two(1, 12), two(1, 28), fc.integer({ min: 1990, max: 2035 })).chain(([m, d, y]) => fc.constantFrom(`${m}/${d}/${y}`, `${Number(m)}/${Number(d)}/${y}`, `${y}-${m}-${d}`)),
      fc.uuid(),
      fc.tuple(fc.constantFrom('P1', 'DRS'), fc.array(fc.constantFrom(...'23456789ABCDEFGHJKMNPQRSTVWXYZ'), { minLength: 6, maxLength: 6 })).map(([kind, code]) => `${kind}-${code.join('')}`),
      fc.constantFrom('OOO', 'Form DRS-PW', 'Room 101', 'I owe 2,000', 'letter L1234567'),
    );
    const someWords = fc.array(fc.constantFrom('my', 'account', 'acct', 'routing', 'number', 'is', 'no.', 'on', 'call', 'owe'), { minLength: 1, maxLength: 3 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(someWords, kept), { maxLength: 5 }), (parts) => {
        const text = parts.map(([said, value]) => `${said} ${value}`).join(' ');
        expect(redact(text)).toBe(text);
      }),
    );
  });

  it('leaves text without long digit runs alone, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
        // Only 7 or more digits (O, l and I may stand for some), joined by separators, are ever hidden.
        if (!/[\dOolI](?:[\s().,/_-]*[\dOolI]){6}/.test(text)) expect(once).toBe(text);
      }),
    );
  });

  it('is idempotent on text crowded with numbers, separators and account words', () => {
    const piece = fc.constantFrom('1', '7', '0', '12', '345', '6789', 'O', 'l', 'I', ' ', '-', '/', '_', ',', '.', '$', '#', '(', ')', ...JOINERS, 'account', 'acct', 'no', 'is', 'my', 'number', '04/15/2025', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const once = redact(pieces.join(''));
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no long digit run in a message crowded with digits, separators and invisible characters', () => {
    const crowded = ['1 2-3/4_5\u200B6\u00AD7O8l9(0),.', '1\u200B', 'O1', '1 ', 'acct 1234567 '].map((piece) => `${piece.repeat(2000).slice(0, 1999)}x`);
    for (const text of crowded) expect(redact(text).replace(/[^0-9]/g, ' ')).not.toMatch(/\d{9}/);
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
