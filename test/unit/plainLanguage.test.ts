import { describe, expect, it } from 'vitest';
import { PLAIN_LANGUAGE_GRADE, readingGrade } from '../../src/kb/readingGrade.js';
import { fixedTexts } from '../fixtures/fixedTexts.js';

/** A single sentence's grade swings with one long word; only a long text is held to a limit of its own. */
const LONG_TEXT_WORDS = 15;
const LONG_TEXT_GRADE = 12;

describe('fixed texts read plainly (Flesch–Kincaid, src/kb/readingGrade.ts)', () => {
  const files = fixedTexts();

  it('finds the texts of the dialogs, answers, hand-off and bot', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((file) => file.texts)).toContain('Please do not type your full Social Security number or bank account numbers.');
  });

  it(`reads at grade ${PLAIN_LANGUAGE_GRADE} or below, file by file`, () => {
    const hard = files.map((file) => ({ file: file.file, grade: Number(readingGrade(file.texts.join('\n')).toFixed(1)) })).filter((file) => file.grade > PLAIN_LANGUAGE_GRADE);
    expect(hard).toEqual([]);
  });

  it(`has no text of ${LONG_TEXT_WORDS} words or more above grade ${LONG_TEXT_GRADE}`, () => {
    const hard = files
      .flatMap((file) => file.texts.map((text) => ({ file: file.file, text, grade: readingGrade(text) })))
      .filter(({ text, grade }) => text.split(/\s+/).length >= LONG_TEXT_WORDS && grade > LONG_TEXT_GRADE)
      .map(({ file, text, grade }) => `${file} (${grade.toFixed(1)}): ${text}`);
    expect(hard).toEqual([]);
  });

  it('never tells a taxpayer Priority One fits or applies to them: DRS decides each case', () => {
    const firm = files.flatMap((file) => file.texts.filter((text) => /\b(it|priority one|the program|this program) (fits|applies to) (you|your situation)\b/i.test(text)).map((text) => `${file.file}: ${text}`));
    expect(firm).toEqual([]);
  });
});
