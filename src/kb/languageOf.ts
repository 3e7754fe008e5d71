import { detectAll } from 'tinyld/light';
import { withoutAccents } from '../lib/plainText.js';

/** Common Spanish words that English does not use: a message without one is not read as Spanish. */
const SPANISH_WORDS = new Set(
  ('de el la los las que como mi mis un una en por para con es del se al su sus mas pero porque cuando donde quien cual cuanto cuanta cuantos si ' +
    'tengo tiene quiero necesito puedo hay esta estan estoy fue quitaron pagar pago debo aviso carta reembolso impuestos ayuda hablar persona')
    .split(' '),
);

/** Spanish words of texting and talk that tinyld, trained on written text, does not weigh ("q", "xq", "tmb", "pa"). */
const SPANISH_TALK = new Set(
  ('q xq pq x tmb tb pa cobran cobra cobraron sacando cogieron nunca despues antes mientras ahora tambien tenia tenemos llame llamo pasa paso hice hago hacer sigo todavia ya ' +
    'significa consigo pedir solicitar declarar declaracion evitar parar pelear falsa falso vender explicacion informacion deuda cobros cobranza sueldo salario casa estatal gano dias telefono correo pasos atrasada presentada acuerdo quiebra ley cargos')
    .split(' '),
);

/** English function words: a message with one is not read as Spanish by word count alone. */
const ENGLISH_WORDS = new Set(
  'the is are was were my i you your to of and what how can do does did with for it its this that will would be have has about from they their not why when where who which an'.split(' '),
);

/** Three distinct Spanish words and no English one: Spanish, whatever a detector makes of the Spanglish ("los taxes", "el refund"). */
const SPANISH_BY_WORDS = 3;

const plain = withoutAccents;
const isSpanishWord = (word: string) => SPANISH_WORDS.has(word) || SPANISH_TALK.has(word);

/**
 * The words only the Spanish versions of the knowledge use ("perdonar", "intereses", "embargo",
 * "pagos"), which no English entry does: a short query of them is Spanish though it holds no
 * common Spanish word ("pueden perdonar intereses", "plan pagos maximo meses").
 */
export class SpanishVocabulary {
  private readonly onlySpanish: ReadonlySet<string>;

  constructor(englishTexts: Iterable<string>, spanishTexts: Iterable<string>) {
    const english = new Set<string>();
    for (const text of englishTexts) for (const word of wordsOf(text)) english.add(word);
    const spanish = new Set<string>();
    for (const text of spanishTexts) for (const word of wordsOf(text)) if (word.length >= MIN_VOCABULARY_LETTERS && !english.has(word) && !ENGLISH_WORDS.has(word)) spanish.add(word);
    this.onlySpanish = spanish;
  }

  /** Whether only the Spanish knowledge uses `word`. */
  has(word: string): boolean {
    return this.onlySpanish.has(word);
  }
}

/** Shorter words ("a", "no", "va") tell too little. */
const MIN_VOCABULARY_LETTERS = 3;
/** Two words only Spanish knowledge uses, and no English function word, make a short query Spanish. */
const SPANISH_BY_VOCABULARY = 2;

const wordsOf = (text: string): string[] => plain(text).match(/\p{L}+/gu) ?? [];

/**
 * English names of DRS programs, notices and forms that Spanish speakers use as they are ("el
 * power of attorney", "la notice of intent to offset"): their "of", "to" or "the" say nothing of
 * the message's language, so they are left out before it is told.
 */
const ENGLISH_TAX_NAMES =
  /\b(power of attorney|offer in compromise|notice of intent( to offset)?|intent to offset|treasury offset program|balance due( notice)?|under protest|reasonable cause|injured spouse|taxpayer service center|department of revenue services|the irs)\b/gi;

/**
 * Whether a taxpayer wrote in Spanish: ñ, ¿ or ¡ say so, and so does a written accent with no English function word; so do three common Spanish words with no
 * English function word, or (given the knowledge's vocabulary) two words only the Spanish knowledge
 * uses (or one beside another Spanish word), making up half the message or more, with no English function word; otherwise a message of
 * two words or more with at least one common Spanish word, which a language detector (tinyld,
 * choosing between English and Spanish only) reads as Spanish. A single word ("menu", "offset",
 * "hola") is too short to tell, and made-up words ("blorf quux") are not Spanish: both are read as English.
 */
export function isSpanish(said: string, vocabulary?: SpanishVocabulary): boolean {
  if (/[ñ¿¡]/i.test(said)) return true;
  const text = said.replace(ENGLISH_TAX_NAMES, ' ');
  const words = wordsOf(text);
  // Spanish's written accents ("dirección revisión offset"), with no English function word.
  if (/\p{L}*[áéíóú]\p{L}*/iu.test(text) && !words.some((word) => ENGLISH_WORDS.has(word))) return true;
  if (vocabulary && !words.some((word) => ENGLISH_WORDS.has(word))) {
    const known = new Set(words.filter((word) => vocabulary.has(word))).size;
    const spanishAtAll = new Set(words.filter((word) => isSpanishWord(word) || vocabulary.has(word))).size;
    // Or one such word beside another Spanish word ("requisitos pa payment plan")
    const enough = known >= SPANISH_BY_VOCABULARY || (known >= 1 && spanishAtAll >= 2);
    if (enough && spanishAtAll * 2 >= new Set(words).size) return true;
  }
  const spanish = new Set(words.filter(isSpanishWord));
  if (words.length < 2 || spanish.size === 0) return false;
  if (spanish.size >= SPANISH_BY_WORDS && !words.some((word) => ENGLISH_WORDS.has(word))) return true;
  return detectAll(text, { only: ['en', 'es'] })[0]?.lang === 'es';
}

/**
 * Whether a message is plainly English: three words or more, none of them a common Spanish word,
 * that the detector reads as English. Short replies ("yes", "payment plan") say nothing either way.
 */
export function isPlainlyEnglish(text: string): boolean {
  if (/[ñ¿¡]/i.test(text)) return false;
  const words = plain(text).match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || words.some(isSpanishWord)) return false;
  return detectAll(text, { only: ['en', 'es'] })[0]?.lang === 'en';
}
