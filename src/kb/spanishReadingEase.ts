import removeMarkdown from 'remove-markdown';

/**
 * The least reading ease a Spanish text may have: "normal" on the INFLESZ scale (55–65, read by
 * 12- to 15-year-olds), the counterpart of the English texts' grade 8.
 */
export const PLAIN_SPANISH_READING_EASE = 55;

const VOWEL = /[aeiouáéíóúü]/;
const STRONG = /[aeoáéó]|[íú]/;

/**
 * Syllables of a Spanish word: one per vowel group, a group split where two strong vowels (a, e,
 * o, or an accented í or ú) meet (a hiatus: "le-er", "ba-úl"); the u of "que", "qui", "gue", "gui"
 * is silent, and a y after a vowel closes its syllable ("hoy").
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/([qg])u(?=[eéií])/g, '$1').replace(/y(?![aeiouáéíóú])/g, 'i');
  let count = 0;
  let previous = '';
  for (const letter of letters) {
    if (!VOWEL.test(letter)) {
      previous = '';
      continue;
    }
    if (!previous || (STRONG.test(previous) && STRONG.test(letter))) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/**
 * Szigriszt-Pazos perspicuity (the INFLESZ scale's measure) of a text as a taxpayer reads it:
 * 206.835 − 62.3 × syllables per word − words per sentence. Figures, web and e-mail addresses are
 * left out; each line and each sentence ending in . ! or ? is a sentence.
 */
export function spanishReadingEase(markdown: string): number {
  const text = removeMarkdown(markdown)
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/[$\d][\d,.:/()$%-]*/g, ' ');
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => /\p{L}/u.test(sentence));
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (!words.length) return 100;
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  return 206.835 - (62.3 * syllables) / words.length - words.length / sentences.length;
}
