import damerauLevenshtein from 'damerau-levenshtein';

/** Shorter words are left as typed: too many real words lie one letter apart. */
const SHORTEST_CORRECTED = 4;

/** Corrections remembered before the memory is emptied (bounded: any visitor can type new words). */
const REMEMBERED_CORRECTIONS = 10_000;

/** Edits (insert, delete, change, swap two neighbours) a misspelling may be from the word it stands for. */
const allowedEdits = (length: number) => (length >= 9 ? 2 : 1);

/**
 * Words the knowledge base uses, for spelling correction: an unknown word is read as the known
 * word fewest edits away (Damerau–Levenshtein, so "offest" is one swap from "offset"), the word
 * used more often winning a tie. Short words must keep their first letter.
 */
export class Vocabulary {
  private readonly uses = new Map<string, number>();
  private readonly byLength = new Map<number, string[]>();
  /** Words already looked up, as questions repeat their words. */
  private readonly corrections = new Map<string, string>();

  /** `words`: each word as often as it is used, or a word with its number of uses. */
  constructor(words: Iterable<string | readonly [string, number]>) {
    for (const item of words) {
      const [word, uses] = typeof item === 'string' ? [item, 1] : item;
      this.uses.set(word, (this.uses.get(word) ?? 0) + uses);
    }
    for (const word of this.uses.keys()) {
      const sameLength = this.byLength.get(word.length) ?? [];
      sameLength.push(word);
      this.byLength.set(word.length, sameLength);
    }
  }

  /** The known word a misspelling stands for; known words, numbers and short words as they are. */
  closest(word: string): string {
    if (this.uses.has(word) || word.length < SHORTEST_CORRECTED || /\d/.test(word)) return word;
    const known = this.corrections.get(word);
    if (known !== undefined) return known;
    const corrected = this.lookUp(word);
    if (this.corrections.size >= REMEMBERED_CORRECTIONS) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  private lookUp(word: string): string {
    const limit = allowedEdits(word.length);
    let best: { word: string; edits: number; uses: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const known of this.byLength.get(length) ?? []) {
        if (length < 6 && known[0] !== word[0]) continue;
        const edits = damerauLevenshtein(word, known).steps;
        if (edits > limit) continue;
        const uses = this.uses.get(known) ?? 0;
        if (!best || edits < best.edits || (edits === best.edits && uses > best.uses)) best = { word: known, edits, uses };
      }
    }
    return best?.word ?? word;
  }
}
