import { describe, expect, it } from 'vitest';
import { readingGrade } from '../../../src/kb/readingGrade.js';

describe('readingGrade (Flesch–Kincaid)', () => {
  it('scores short plain sentences low and long latinate ones high', () => {
    expect(readingGrade('Pay the tax you owe. Call DRS if you cannot pay it all.')).toBeLessThan(4);
    expect(
      readingGrade('Notwithstanding administrative determinations, delinquent taxpayers experiencing documented financial hardship may alternatively request suspension of enforcement activities.'),
    ).toBeGreaterThan(16);
  });

  it('reads a list item as a sentence and leaves out figures, links, e-mail and postal addresses', () => {
    const plain = 'Send the letter to DRS.';
    const withExtras = [
      `${plain} Call 860-297-5962 or visit https://portal.ct.gov/DRS or write to drs@po.state.ct.us.`,
      '',
      '- Keep a copy',
      '- Write down the date',
      '',
      'Department of Revenue Services, Collections Unit, 450 Columbus Blvd., Hartford, CT 06103',
    ].join('\n');
    expect(readingGrade(withExtras)).toBeLessThan(4);
    expect(readingGrade('Department of Revenue Services, Collections Unit, Hartford.')).toBeGreaterThan(8);
  });

  it('gives 0 for text without words', () => {
    expect(readingGrade('$1,250.00 (2024)')).toBe(0);
  });
});
