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
  // Present in nearly every question to this assistant:
  'connecticut', 'ct',
];

/** Left unstemmed (the stemmer would turn "irs" into "ir"). */
const ACRONYMS = new Set(['irs', 'fms', 'drs', 'oic', 'poa', 'dcia', 'ssn', 'itin']);

/** Kept although common: they tell a "why" question from a "what" question. */
const KEPT = new Set(['why']);

const STOP_WORDS = new Set([...eng, ...QUESTION_WORDS].filter((word) => !KEPT.has(word)));

/** Words left out of search, as they say nothing about the topic. */
export const stopWords: ReadonlySet<string> = STOP_WORDS;

/** Lowercase words without accents or apostrophes ("TOP" in capitals marked as the program). */
export function plainWords(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // "TOP" in capitals is the Treasury Offset Program; "top" in lower case is just a word.
      .replace(/\bTOP\b/g, ' treasuryoffsetprogram ')
      .toLowerCase()
      .replace(/[’']/g, '')
  );
}

/** Lowercase, accents and punctuation removed, known phrases rewritten to one canonical word. */
export function canonicalText(text: string): string {
  let out = plainWords(text);
  for (const [pattern, canonical] of SYNONYMS) out = out.replace(pattern, ` ${canonical} `);
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The search tokens of a text: canonical words, stop words removed, stemmed. */
export function tokenize(text: string): string[] {
  return canonicalTokens(canonicalText(text));
}

/** The search tokens of a text already made canonical (`canonicalText`). */
export function canonicalTokens(canonical: string): string[] {
  const tokens: string[] = [];
  for (const word of canonical.split(' ')) {
    if (!word || STOP_WORDS.has(word)) continue;
    if (word.length < 2 && !/\d/.test(word)) continue;
    tokens.push(/\d/.test(word) || ACRONYMS.has(word) ? word : stemmer(word));
  }
  return tokens;
}
