import { describe, expect, it } from 'vitest';
import { entryReadingGrades, hardToReadEntries, readingGrade } from '../../../src/kb/readingGrade.js';
import type { KnowledgeEntry } from '../../../src/kb/schema.js';

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

describe('hardToReadEntries (kb:check)', () => {
  const entry = (file: string, shortAnswer: string) => ({ file, shortAnswer, details: '' }) as unknown as KnowledgeEntry;

  it('names each entry above grade 8 with its grade, and passes plain ones', () => {
    const dense = entry(
      'notices/dense.md',
      'Taxpayers experiencing documented financial hardship may alternatively request administrative suspension of enforcement activities pending determination.',
    );
    const plain = entry('notices/plain.md', 'Pay what you owe by the date on the notice. If you cannot, call DRS.');
    expect(hardToReadEntries(entryReadingGrades([dense, plain]))).toEqual([expect.stringMatching(/^notices\/dense\.md: reads at grade \d+\.\d \(Flesch–Kincaid\); write it for grade 8 or below/)]);
  });
});
