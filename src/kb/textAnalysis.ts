import { englishSound } from './englishSound.js';
import { canonicalText, canonicalTokens, plainWords, stopWords } from './normalize.js';
import { isAboutAnotherTaxOffice, isOutsideCollections } from './scope.js';

/** How a language's text becomes search tokens (see normalize.ts for English, spanishText.ts for Spanish). */
export interface TextAnalysis {
  /** Lowercase words without accents or apostrophes. */
  plainWords(text: string): string;
  /** Plain words with known phrases rewritten to one canonical word. */
  canonicalText(text: string): string;
  /** The search tokens of a canonical text: stop words removed, stemmed. */
  canonicalTokens(canonical: string): string[];
  stopWords: ReadonlySet<string>;
  /** A plain word's sound, where the language spells one sound several ways (Spanish "aser" and "hacer"). */
  soundsLike?: (word: string) => string;
  /** A question plainly for another tax office, which gets the honest fallback. */
  aboutAnotherTaxOffice(question: string): boolean;
  /** A Connecticut tax question outside this assistant's ground (a tax rate, a filed return's refund), which gets the honest fallback. */
  outsideCollections(question: string): boolean;
}

export const englishText: TextAnalysis = { plainWords, canonicalText, canonicalTokens, stopWords, soundsLike: englishSound, aboutAnotherTaxOffice: isAboutAnotherTaxOffice, outsideCollections: isOutsideCollections };
