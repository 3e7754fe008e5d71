import { describe, expect, it } from 'vitest';
import { findMonthYears } from '../../../src/nlu/monthYear.js';

describe('findMonthYears', () => {
  it.each([
    ['If I file it now in June 2025, can I get it back?', 'en', ['2025-06-01']],
    ['due April 15, 2022, and I filed in Sept. 2024', 'en', ['2024-09-01']],
    ['si la mando en mayo del 2025', 'es', ['2025-05-01']],
    ['en setiembre de 2024 o en diciembre 2024', 'es', ['2024-09-01', '2024-12-01']],
    ['lo mandé en August 2024', 'es', ['2024-08-01']],
  ] as const)('%j names %j', (text, language, expected) => {
    expect(findMonthYears(text, language).map((mention) => mention.firstDay)).toEqual(expected);
  });

  it.each([
    ['15 de junio de 2025', 'es'],
    ['15 June 2025', 'en'],
    ['my marketing 2020 costs', 'en'],
    ['many 2020 returns', 'en'],
  ] as const)('%j names no month without its day', (text, language) => {
    expect(findMonthYears(text, language)).toEqual([]);
  });
});
