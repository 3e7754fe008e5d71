/**
 * An English word's sound, for spelling correction: the letters that spell one sound several ways
 * made one ("notis" and "notice", "ofis" and "office", "pennalty" and "penalty"). Vowels stay, so
 * "lein" is still "lien" by its swapped letters rather than any word of the same consonants.
 */
export const englishSound = (word: string): string =>
  word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=..)e$/, '');
