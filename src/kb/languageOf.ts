import { detectAll } from 'tinyld/light';
import { withoutAccents } from '../lib/plainText.js';

/** Common Spanish words that English does not use: a message without one is not read as Spanish. */
const SPANISH_WORDS = new Set(
  ('de el la los las que como mi mis un una en por para con es del se al su sus mas pero porque cuando donde quien cual cuanto cuanta cuantos ' +
    'tengo tiene quiero necesito puedo hay esta estan estoy fue quitaron pagar pago debo aviso carta reembolso impuestos ayuda hablar persona')
    .split(' '),
);

const plain = withoutAccents;

/**
 * Whether a taxpayer wrote in Spanish: ñ, ¿ or ¡ say so; otherwise a message of two words or more
 * with at least one common Spanish word, which a language detector (tinyld, choosing between
 * English and Spanish only) reads as Spanish. A single word ("menu", "offset", "hola") is too short
 * to tell, and made-up words ("blorf quux") are not Spanish: both are read as English.
 */
export function isSpanish(text: string): boolean {
  if (/[ñ¿¡]/i.test(text)) return true;
  const words = plain(text).match(/\p{L}+/gu) ?? [];
  if (words.length < 2 || !words.some((word) => SPANISH_WORDS.has(word))) return false;
  return detectAll(text, { only: ['en', 'es'] })[0]?.lang === 'es';
}

/**
 * Whether a message is plainly English: three words or more, none of them a common Spanish word,
 * that the detector reads as English. Short replies ("yes", "payment plan") say nothing either way.
 */
export function isPlainlyEnglish(text: string): boolean {
  if (/[ñ¿¡]/i.test(text)) return false;
  const words = plain(text).match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || words.some((word) => SPANISH_WORDS.has(word))) return false;
  return detectAll(text, { only: ['en', 'es'] })[0]?.lang === 'en';
}
