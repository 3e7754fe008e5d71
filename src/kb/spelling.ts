import damerauLevenshtein from 'damerau-levenshtein';

/** Shorter words are left as typed: too many real words lie one letter apart. */
const SHORTEST_CORRECTED = 4;
/** A shorter word that sounds exactly like a known one is still that word ("ago" is "hago"). */
const SHORTEST_SOUNDED = 3;

/** Corrections remembered before the memory is emptied (bounded: any visitor can type new words). */
const REMEMBERED_CORRECTIONS = 10_000;

/** A word only sample questions use is read as a typo of a known word this many times as common, within the edits allowed. */
const TYPO_COMMONER = 10;

/** Edits (insert, delete, change, swap two neighbours) a misspelling may be from the word it stands for. */
const allowedEdits = (length: number) => (length >= 9 ? 2 : 1);

/** Letters in order, to tell two neighbours swapped ("plna" is "plan", not "pena"). */
const lettersOf = (word: string) => [...word].sort().join('');
const sameLetters = (a: string, b: string) => a.length === b.length && lettersOf(a) === lettersOf(b);

type Tie = { ends: number; uses: number; swapped: number };
/** Of two words as few edits away: the one with the typed word's letters swapped, then ending as it does, then the commoner. */
const isBetter = (candidate: Tie, best: Tie) =>
  candidate.swapped !== best.swapped ? candidate.swapped > best.swapped : candidate.ends !== best.ends ? candidate.ends > best.ends : candidate.uses > best.uses;

/** A known word with its number of uses; `asked`: known only from sample questions, where typos are written on purpose. */
export type KnownWord = string | readonly [word: string, uses: number, asked?: boolean];

/**
 * Words the knowledge base uses, for spelling correction: an unknown word is read as the known
 * word fewest edits away (Damerau–Levenshtein, so "offest" is one swap from "offset"); of two as
 * close, the one the typed word's letters swapped give ("plna" is "plan", not "pena"), then the one
 * ending as the typed word does ("monthy" is "monthly", not "month"), then the one used more often. Short words must keep their first letter. A word only sample questions use
 * ("paymnet", written on purpose) is read as a far commoner word within reach.
 */
export class Vocabulary {
  private readonly uses = new Map<string, number>();
  private readonly askedOnly = new Set<string>();
  private readonly byLength = new Map<number, string[]>();
  /** Per sound (`soundsLike`), the most used word. */
  private readonly bySound = new Map<string, string>();
  /** Words already looked up, as questions repeat their words. */
  private readonly corrections = new Map<string, string>();

  /**
   * `words`: each word as often as it is used, or a word with its number of uses (a word given once
   * without `asked` is not a typo, whatever the sample questions say). `soundsLike`: a word's sound,
   * where a language spells one sound several ways; a typo that sounds like a known word is that word.
   */
  constructor(
    words: Iterable<KnownWord>,
    private readonly soundsLike?: (word: string) => string,
  ) {
    const notAsked = new Set<string>();
    for (const item of words) {
      const [word, uses, asked] = typeof item === 'string' ? [item, 1, false] : item;
      this.uses.set(word, (this.uses.get(word) ?? 0) + uses);
      if (asked) this.askedOnly.add(word);
      else notAsked.add(word);
    }
    for (const word of notAsked) this.askedOnly.delete(word);
    for (const [word, uses] of this.uses) {
      const sameLength = this.byLength.get(word.length) ?? [];
      sameLength.push(word);
      this.byLength.set(word.length, sameLength);
      if (!soundsLike) continue;
      const sound = soundsLike(word);
      const other = this.bySound.get(sound);
      if (other === undefined || uses > (this.uses.get(other) ?? 0)) this.bySound.set(sound, word);
    }
  }

  /** The known word a misspelling stands for; known words, numbers and short words as they are. */
  closest(word: string): string {
    const uses = this.uses.get(word);
    const askedTypo = uses !== undefined && this.askedOnly.has(word);
    if ((uses !== undefined && !askedTypo) || word.length < SHORTEST_SOUNDED || /\d/.test(word)) return word;
    // A known word's plural ("lines") is that word, not a typo of another ("liens").
    if (word.endsWith('s') && this.uses.has(word.slice(0, -1)) && !this.askedOnly.has(word.slice(0, -1))) return word;
    const fewestUses = askedTypo ? (uses ?? 0) * TYPO_COMMONER : 0;
    if (word.length < SHORTEST_CORRECTED) return this.soundingLike(word, fewestUses) ?? word;
    const known = this.corrections.get(word);
    if (known !== undefined) return known;
    const corrected = this.soundingLike(word, fewestUses, askedTypo) ?? this.lookUp(word, fewestUses);
    if (this.corrections.size >= REMEMBERED_CORRECTIONS) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  /**
   * The known word that sounds as `word` does, used at least `fewestUses` times; for a typo written
   * into sample questions, any word the answers themselves use ("compromizo" is "compromiso").
   */
  private soundingLike(word: string, fewestUses: number, askedTypo = false): string | undefined {
    const known = this.soundsLike ? this.bySound.get(this.soundsLike(word)) : undefined;
    if (known === undefined || known === word) return undefined;
    const inAnswers = askedTypo && !this.askedOnly.has(known) && (this.uses.get(known) ?? 0) > (this.uses.get(word) ?? 0);
    return inAnswers || (this.uses.get(known) ?? 0) >= fewestUses ? known : undefined;
  }

  /** The closest known word used at least `fewestUses` times (the word itself when none is). */
  private lookUp(word: string, fewestUses: number): string {
    const limit = allowedEdits(word.length);
    let best: { word: string; edits: number; uses: number; ends: number; swapped: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const known of this.byLength.get(length) ?? []) {
        if (known === word || (length < 6 && known[0] !== word[0])) continue;
        const uses = this.uses.get(known) ?? 0;
        if (uses < fewestUses) continue;
        const edits = damerauLevenshtein(word, known).steps;
        if (edits > limit) continue;
        const ends = known.at(-1) === word.at(-1) ? 1 : 0;
        const swapped = sameLetters(known, word) ? 1 : 0;
        if (!best || edits < best.edits || (edits === best.edits && isBetter({ ends, uses, swapped }, best))) best = { word: known, edits, uses, ends, swapped };
      }
    }
    return best?.word ?? word;
  }
}
