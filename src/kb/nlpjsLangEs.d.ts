// The part of @nlpjs/lang-es (which ships no types) that the Spanish search uses.
declare module '@nlpjs/lang-es' {
  /** Snowball's Spanish stemmer; expects lowercase words without accents. */
  export class StemmerEs {
    stemWord(word: string): string;
  }
}
