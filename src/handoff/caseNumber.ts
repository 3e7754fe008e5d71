import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread over the phone (no 0/O, 1/I/L, U). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short case number a taxpayer can read out: P1-7K4Q2M for Priority One, DRS-… otherwise. */
export function newCaseNumber(kind: 'priorityOne' | 'general'): string {
  const code = Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${kind === 'priorityOne' ? 'P1' : 'DRS'}-${code}`;
}

export const CASE_NUMBER_PATTERN = /^(P1|DRS)-[2-9A-HJKMNP-TV-Z]{6}$/;
