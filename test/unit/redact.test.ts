import { describe, expect, it } from 'vitest';
import { REDACTED_NUMBER, REDACTED_SSN, containsSensitiveNumber, redact } from '../../src/privacy/redact.js';

describe('redact', () => {
  it.each([
    ['my SSN is 123-45-6789', `my SSN is ${REDACTED_SSN}`],
    ['ssn 123 45 6789 thanks', `ssn ${REDACTED_SSN} thanks`],
    ['ssn 123456789', `ssn ${REDACTED_NUMBER}`],
    ['account 000123456789 routing 021000021', `account ${REDACTED_NUMBER} routing ${REDACTED_NUMBER}`],
    ['card 4111 1111 1111 1111.', `card ${REDACTED_NUMBER}.`],
    ['card 4111-1111-1111-1111', `card ${REDACTED_NUMBER}`],
    ['phone 8602975962', `phone ${REDACTED_NUMBER}`],
  ])('hides %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
    expect(containsSensitiveNumber(input)).toBe(true);
  });

  it.each([
    'call 860-297-5962 or (860) 297-5962 or 1-800-382-9463',
    'I owe $2,000.00 and $12,345,678.90 since 2024-04-15',
    'notice dated 04/15/2025, letter L1234567, 12345678',
    'the 60 days from April 17, 2020',
    '',
  ])('keeps %j as typed', (input) => {
    expect(redact(input)).toBe(input);
    expect(containsSensitiveNumber(input)).toBe(false);
  });
});
