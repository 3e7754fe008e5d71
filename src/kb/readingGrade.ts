import { fleschKincaid } from 'flesch-kincaid';
import removeMarkdown from 'remove-markdown';
import { syllable } from 'syllable';

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
