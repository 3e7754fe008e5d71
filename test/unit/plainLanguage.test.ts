import { describe, expect, it } from 'vitest';
import { PLAIN_LANGUAGE_GRADE, readingGrade } from '../../src/kb/readingGrade.js';
import { PLAIN_SPANISH_READING_EASE, spanishReadingEase, spanishSyllables } from '../../src/kb/spanishReadingEase.js';
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

describe('fixed Spanish texts read plainly (Szigriszt-Pazos perspicuity, INFLESZ scale; src/kb/spanishReadingEase.ts)', () => {
  const files = fixedTexts(undefined, 'es');

  it('finds the Spanish texts, in files named ….es.ts', () => {
    expect(files.map((file) => file.file)).toContain('src/bot/smsOptOut.es.ts');
  });

  it.each([
    ['agua', 2], ['leer', 2], ['baúl', 2], ['que', 1], ['guitarra', 3], ['hoy', 1], ['reembolso', 4], ['país', 2], ['ciudad', 2], ['aéreo', 4], ['averiguar', 4],
  ] as const)('counts the syllables of "%s" as %i', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('tells a hard text from a plain one', () => {
    const plain = 'Puede pagar en línea. Use su número de aviso. Si no puede pagar todo, pida un plan de pagos.';
    const hard = 'La administración tributaria determinará discrecionalmente la procedencia de la condonación de las sanciones correspondientes, considerando circunstancias extraordinarias debidamente acreditadas por el contribuyente.';
    expect(spanishReadingEase(plain)).toBeGreaterThanOrEqual(PLAIN_SPANISH_READING_EASE);
    expect(spanishReadingEase(hard)).toBeLessThan(PLAIN_SPANISH_READING_EASE);
  });

  it(`reads at ${PLAIN_SPANISH_READING_EASE} or more ("normal" or easier), file by file`, () => {
    const hard = files.map((file) => ({ file: file.file, ease: Number(spanishReadingEase(file.texts.join('\n')).toFixed(1)) })).filter((file) => file.ease < PLAIN_SPANISH_READING_EASE);
    expect(hard).toEqual([]);
  });
});
