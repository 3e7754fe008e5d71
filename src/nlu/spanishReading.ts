/**
 * What the Spanish recognizers need around them: the pieces a Spanish date or amount can hang on,
 * and numbers written with thousands separators turned into the form the Spanish recognizer reads.
 */

/** Lower case, without accents: "Miércoles" → "miercoles". Keeps the length of text typed in NFC. */
export const withoutAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const lettersOf = (piece: string) => withoutAccents(piece).replace(/[^a-z0-9]/g, '');

const SPANISH_DATE_WORD =
  /^(?:\d+|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana|ayer|pasado|proxim[oa]s?|dias?|semanas?|mes|meses|anos?)$/;

/** A piece a Spanish date can hang on: digits, a month, a weekday (whole words) or a word of a relative date. */
export const isSpanishDatePiece = (piece: string): boolean => SPANISH_DATE_WORD.test(lettersOf(piece));

const SPANISH_NUMBER_WORD =
  /^(?:\d+|cero|uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|quinientos|mil|millon|millones)$/;

/** A piece a Spanish amount can hang on: digits and number words. */
export const isSpanishNumberPiece = (piece: string): boolean => SPANISH_NUMBER_WORD.test(lettersOf(piece));

/** "un", "una", "uno" alone are articles far more often than amounts ("tengo un aviso"). */
export const isArticle = (text: string): boolean => /^un[oa]?$/.test(withoutAccents(text.trim()));

/** A number with separators, not touching other digits: "2,000", "1.250,50", "1,250.50", "2,50". */
const SEPARATED_NUMBER = /(?<![\d.,])\d+(?:[.,]\d+)+(?!\d|[.,]\d)/g;

/** One kind of separator between groups of three: thousands ("2,000", "2.000", "1,250,000"). */
const THOUSANDS_ONLY = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/;
/** Thousands with one separator, then cents with the other: "1,250.50", "1.250,50". */
const THOUSANDS_AND_CENTS = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*([.,])(\d{1,2})$/;
/** One separator before one or two digits: cents ("2,50", "2.50", "1250.5"). */
const CENTS_ONLY = /^(\d+)[.,](\d{1,2})$/;

function plainNumber(written: string): string | undefined {
  if (THOUSANDS_ONLY.test(written)) return written.replace(/[.,]/g, '');
  const both = THOUSANDS_AND_CENTS.exec(written);
  if (both && both[1] !== both[2]) return `${written.slice(0, -(both[3]?.length ?? 0) - 1).replace(/[.,]/g, '')},${both[3] ?? ''}`;
  const cents = CENTS_ONLY.exec(written);
  if (cents) return `${cents[1] ?? ''},${cents[2] ?? ''}`;
  return undefined;
}

/**
 * The text with each number that has separators written as the Spanish recognizer reads it best:
 * digits, and a decimal comma before cents. Both "$2,000" and "$2.000" become "$2000", "1.250,50" and
 * "1,250.50" become "1250,50" (US Spanish writes amounts both ways). Each number keeps its length
 * (padded with spaces), so positions in the result are positions in the text.
 */
export function withPlainNumbers(text: string): string {
  return text.replace(SEPARATED_NUMBER, (written) => {
    const plain = plainNumber(written);
    return plain === undefined ? written : plain.padEnd(written.length, ' ');
  });
}

/** A value the Spanish recognizers resolved ("1250,5", "2000") as a number; undefined when there is none. */
export function spanishValue(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}
