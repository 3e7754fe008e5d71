import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { SYNONYMS } from './synonyms.js';

/** Words that say nothing about which topic a question is on. */
const QUESTION_WORDS = [
  'please', 'tell', 'know', 'want', 'wants', 'wanted', 'need', 'needs', 'get', 'got', 'getting', 'does', 'do', 'did', 'done',
  'im', 'ive', 'id', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'hi', 'hello', 'thanks', 'thank',
  'explain', 'mean', 'means', 'meaning', 'anything', 'set', 'setup', 'up', 'actually', 'whole', 'something', 'just', 'really', 'also', 'still', 'okay', 'ok',
  'will', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'much', 'many', 'way', 'ways', 'thing', 'things',
  'about', 'there', 'here', 'any', 'some', 'me', 'us', 'our', 'your', 'yours', 'mine', 'myself', 'it', 'its', 'this',
  'that', 'these', 'those', 'which', 'where', 'whom', 'whose', 'how', 'what', 'when', 'who', 'able', 'go',
  'going', 'make', 'made', 'like', 'say', 'says', 'said', 'let', 'lets', 'am', 'yes', 'no', 'not', 'one',
  // Contractions without their apostrophe, and filler:
  'theres', 'theyre', 'theyve', 'theyll', 'youre', 'youve', 'youll', 'wheres', 'whats', 'whos', 'hows', 'thats', 'heres',
  'exactly', 'anyway', 'anyways', 'heard', 'hear', 'basically', 'kind', 'sort', 'stuff', 'true', 'fine', 'told', 'went', 'guess', 'wonder', 'wondering',
  'so', 'anybody', 'everybody', 'else', 'whenever', 'suppose', 'supposing', 'hypothetically', 'imagine',
  // Texting: "wat" is what, "ppl" people, "ur" your.
  'wat', 'wut', 'wht', 'ppl', 'ur', 'pls', 'plz', 'thx', 'thnx', 'tho', 'idk', 'rn', 'cuz', 'coz', 'bc', 'gonna', 'wanna', 'gotta', 'smth', 'sth', 'lol', 'omg',
  // How the taxpayer feels, which says nothing of the topic ("I'm mortified", "honestly terrified"):
  'scared', 'terrified', 'afraid', 'frightened', 'mortified', 'embarrassed', 'ashamed', 'angry', 'furious', 'upset', 'frustrated', 'annoyed',
  'stressed', 'worried', 'anxious', 'nervous', 'panicking', 'panicked', 'desperate', 'confused', 'overwhelmed', 'freaking', 'honestly', 'seriously', 'literally',
  // Present in nearly every question to this assistant:
  'connecticut', 'ct',
];

/** Left unstemmed in every language (the English stemmer would turn "irs" into "ir"). */
const ACRONYMS = new Set(['irs', 'fms', 'drs', 'oic', 'poa', 'dcia', 'ssn', 'itin']);

/** Kept although common: they tell a "why" question from a "what" question. */
const KEPT = new Set(['why']);

const STOP_WORDS = new Set([...eng, ...QUESTION_WORDS].filter((word) => !KEPT.has(word)));

/** Words left out of search, as they say nothing about the topic. */
export const stopWords: ReadonlySet<string> = STOP_WORDS;

/** Agencies' letters said one by one, as dictation writes them: "d r s", "d.r.s.", "de erre ese", "efe eme ese". */
const ACRONYM_SPELLED = /\b(d|de|i|f|efe)[ .]+(r|erre|m|eme)[ .]+(s|ese)\b\.?/g;
const LETTER_NAMES: Readonly<Record<string, string>> = { de: 'd', efe: 'f', erre: 'r', eme: 'm' };
const acronymOf = (spelled: string, first: string, second: string): string => {
  const letters = `${LETTER_NAMES[first] ?? first}${LETTER_NAMES[second] ?? second}s`;
  return ['drs', 'irs', 'fms'].includes(letters) ? letters : spelled;
};
/** "El iris": dictation's IRS. */
const IRS_AS_IRIS = /\b(el|del|al|the) iris\b/g;

/** DRS, the IRS and FMS however dictation spells them, in lower-case plain text. */
export const withAgenciesSpelled = (plain: string): string => plain.replace(ACRONYM_SPELLED, acronymOf).replace(IRS_AS_IRIS, '$1 irs');

/** Lowercase words without accents or apostrophes ("TOP" in capitals marked as the program). */
export function plainWords(text: string): string {
  return withAgenciesSpelled(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // "TOP" in capitals is the Treasury Offset Program; "top" in lower case is just a word.
      .replace(/\bTOP\b/g, ' treasuryoffsetprogram offset ')
      .toLowerCase()
      .replace(/[’']/g, ''),
  );
}

/** A language's canonical text: its plain words with known phrases rewritten to one canonical word, punctuation removed. */
export function canonicalTextWith(plain: (text: string) => string, synonyms: readonly (readonly [RegExp, string])[]): (text: string) => string {
  return (text) => {
    let out = plain(text);
    for (const [pattern, canonical] of synonyms) {
      const replaced = out.replace(pattern, ` ${canonical} `);
      // One space between words again, so a later phrase can take in the word just rewritten.
      if (replaced !== out) out = replaced.replace(/ {2,}/g, ' ');
    }
    return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  };
}

/**
 * A language's search tokens from a canonical text: stop words and single letters dropped, each
 * other word stemmed unless it holds a digit or is an acronym.
 */
export function canonicalTokensWith(stopWords: ReadonlySet<string>, stem: (word: string) => string): (canonical: string) => string[] {
  return (canonical) => {
    const tokens: string[] = [];
    for (const word of canonical.split(' ')) {
      if (!word || stopWords.has(word)) continue;
      if (word.length < 2 && !/\d/.test(word)) continue;
      tokens.push(/\d/.test(word) || ACRONYMS.has(word) ? word : stem(word));
    }
    return tokens;
  };
}

/** Lowercase, accents and punctuation removed, known phrases rewritten to one canonical word. */
export const canonicalText = canonicalTextWith(plainWords, SYNONYMS);

/** The search tokens of a text: canonical words, stop words removed, stemmed. */
export function tokenize(text: string): string[] {
  return canonicalTokens(canonicalText(text));
}

/** The search tokens of a text already made canonical (`canonicalText`). */
export const canonicalTokens = canonicalTokensWith(STOP_WORDS, stemmer);
