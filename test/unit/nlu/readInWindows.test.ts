import { describe, expect, it } from 'vitest';
import { extractBalanceSlots, findAmount, findDates } from '../../../src/nlu/extract.js';
import { READ_LIMIT, readAround, readInWindows } from '../../../src/nlu/readInWindows.js';

const TODAY = '2026-11-21';
const STORY = 'I called the office twice last week and waited on hold for a long time before anyone answered my questions about it';

describe('reading long messages in windows', () => {
  it('finds a date and an amount wherever they sit in a long message, whole', () => {
    for (let words = 0; words <= 22; words += 1) {
      const before = STORY.split(' ').slice(0, words).join(' ');
      const text = `${before} my income tax of $2,000 was due April 15, 2024 and I will pay on December 1, 2026. ${STORY}`;
      expect(extractBalanceSlots(text, TODAY), before).toEqual({ tax: 2000, taxType: 'individual_income', dueDate: '2024-04-15', paymentDate: '2026-12-01' });
      const dates = findDates(text, TODAY);
      expect(dates.map((date) => text.slice(date.start, date.end + 1))).toEqual(['April 15, 2024', 'December 1, 2026']);
    }
  });

  it('gives each recognizer call a few numbers at most, however many the message holds', () => {
    const calls: string[] = [];
    const numbersIn = (part: string) => part.match(/\d+/g)?.length ?? 0;
    for (const text of ['1,'.repeat(1000), '1 a '.repeat(60), '12 '.repeat(700), `${'x'.repeat(3000)} 5`]) {
      calls.length = 0;
      readInWindows(text, (part) => (calls.push(part), []));
      expect(Math.max(...calls.map(numbersIn))).toBeLessThanOrEqual(6);
      expect(calls.join('').length).toBeLessThanOrEqual(2 * READ_LIMIT);
    }
  });

  it('reads a short message in one call, as it is', () => {
    const calls: string[] = [];
    readInWindows('I owe $2,000 due April 15, 2024', (part) => (calls.push(part), []));
    expect(calls).toEqual(['I owe $2,000 due April 15, 2024']);
  });

  it('keeps the longest of overlapping finds, once, in order of position', () => {
    const text = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';
    const matchesIn = (part: string) =>
      [/h i j k/g, /p q/g, /h i/g].flatMap((pattern) => [...part.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length - 1 })));
    const found = readInWindows(text, matchesIn);
    expect(found.map((result) => text.slice(result.start, result.end + 1))).toEqual(['h i j k', 'p q']);
  });

  it('ignores what lies past the read limit', () => {
    expect(findAmount(`${'word '.repeat(READ_LIMIT / 5)} $500`, TODAY)).toBeUndefined();
  });

  it('reads nothing without a candidate, a short message whole, and a long one only around its candidates', () => {
    const calls: string[] = [];
    const isDigits = (piece: string) => /^\d+$/.test(piece);
    const record = (part: string) => (calls.push(part), []);
    readAround('what is a bank warrant and how do I get it released', isDigits, record);
    expect(calls).toEqual([]);
    readAround('I owe $2,000 due April 15, 2024', isDigits, record);
    expect(calls).toEqual(['I owe $2,000 due April 15, 2024']);
    calls.length = 0;
    readAround(`${STORY} I paid 500 on the first. ${STORY} ${STORY}`, isDigits, record);
    expect(calls).toEqual(['about it I paid 500 on the first. I']);
  });
});

