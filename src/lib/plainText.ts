/** Lower case without accents: "Menú" reads as "menu", "SÍ" as "si". */
export const withoutAccents = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * A message's words as whole-message commands are matched: lower case, no accents, punctuation as
 * spaces (except the characters in `keep`), one space between words.
 */
export const commandWords = (text: string, keep = ''): string =>
  withoutAccents(text)
    .replace(new RegExp(`[^\\p{L}\\p{N}\\s${keep}]`, 'gu'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
