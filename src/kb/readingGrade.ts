import { fleschKincaid } from 'flesch-kincaid';
import removeMarkdown from 'remove-markdown';
import { syllable } from 'syllable';
import type { KnowledgeEntry } from './schema.js';

/** The school grade the assistant's fixed texts and answers are written for, at most. */
export const PLAIN_LANGUAGE_GRADE = 8;

/** A line that is a postal address: it ends with a state and ZIP code ("Hartford, CT 06103"). */
const POSTAL_ADDRESS_LINE = /^.*\b[A-Z]{2} \d{5}(-\d{4})?\W*$/gm;

/**
 * Flesch–Kincaid grade level of a text as a taxpayer reads it. Figures, postal, web and e-mail
 * addresses are left out (they are copied, not read as prose); each line and each sentence ending
 * in . ! or ? is a sentence, so a list item counts as one.
 */
export function readingGrade(markdown: string): number {
  const text = removeMarkdown(markdown)
    .replace(POSTAL_ADDRESS_LINE, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/[$\d][\d,.:/()$%-]*/g, ' ');
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => /[a-z]/i.test(sentence));
  const words = text.match(/[a-z][a-z'’-]*/gi) ?? [];
  if (!words.length) return 0;
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** Each entry's reading grade: its answer as the taxpayer reads it, the short answer then the details. */
export function entryReadingGrades(entries: readonly KnowledgeEntry[]): { entry: KnowledgeEntry; grade: number }[] {
  return entries.map((entry) => ({ entry, grade: readingGrade(`${entry.shortAnswer}\n\n${entry.details}`) }));
}

/** Entries whose answer reads above the plain-language grade, with their grade, for `kb:check`. */
export function hardToReadEntries(graded: readonly { entry: KnowledgeEntry; grade: number }[]): string[] {
  return graded
    .filter(({ grade }) => grade > PLAIN_LANGUAGE_GRADE)
    .map(({ entry, grade }) => `${entry.file}: reads at grade ${grade.toFixed(1)} (Flesch–Kincaid); write it for grade ${PLAIN_LANGUAGE_GRADE} or below: shorter sentences, everyday words`);
}
