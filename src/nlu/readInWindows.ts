/** Where a recognizer found something; `end` is inclusive, as the recognizers report it. */
export interface Located {
  start: number;
  end: number;
}

/** A window holds at most this many pieces (runs of digits, of other characters) and numbers. */
const WINDOW_PIECES = 16;
const WINDOW_NUMBERS = 6;
/** How much of a message is read for amounts and dates (a longer question gets a polite "shorten it"). */
export const READ_LIMIT = 600;

/**
 * Runs a recognizer over overlapping windows of a few words instead of the whole text: the
 * recognizers' time grows much faster than the text when it holds many numbers (240 characters of
 * "1 a 1 a …" took seconds at once), and a window with few numbers keeps each call small. Each
 * window starts halfway through the one before, so a date or amount lies whole inside one.
 * Results come back in order of position, the longest of any overlapping finds kept.
 */
export function readInWindows<T extends Located>(text: string, recognize: (part: string) => T[]): T[] {
  const read = text.slice(0, READ_LIMIT);
  const pieces = [...read.matchAll(/\d+|[^\s\d]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, number: /\d/.test(match[0]) }));
  if (pieces.length <= WINDOW_PIECES && pieces.filter((piece) => piece.number).length <= WINDOW_NUMBERS) return recognize(read);
  const found: T[] = [];
  for (let first = 0; first < pieces.length; ) {
    let last = first;
    let numbers = pieces[first]?.number ? 1 : 0;
    while (last + 1 < pieces.length && last + 1 - first < WINDOW_PIECES && numbers + (pieces[last + 1]?.number ? 1 : 0) <= WINDOW_NUMBERS) {
      last += 1;
      if (pieces[last]?.number) numbers += 1;
    }
    const from = pieces[first]?.start ?? 0;
    const to = pieces[last]?.end ?? read.length;
    for (const result of recognize(read.slice(from, to))) found.push({ ...result, start: result.start + from, end: result.end + from });
    if (last === pieces.length - 1) break;
    first += Math.max(1, Math.floor((last - first + 1) / 2));
  }
  return longestWithoutOverlap(found);
}

/** A message this small is read in one call, as it is (each call costs milliseconds, however short). */
const WHOLE_PIECES = 40;
const WHOLE_NUMBERS = 8;
/** Pieces of context read on each side of a run of candidate pieces. */
const CONTEXT_PIECES = 4;
/** Candidates this close (in pieces) belong to one run: "April 15, 2024" is one. */
const RUN_GAP = 3;

/**
 * Reads a message with nothing that could start what is looked for (a digit, a month, "today"…) not
 * at all, a short one whole, and a long one only around those pieces (a few windows at a time, as
 * readInWindows): the recognizers take milliseconds even over words that hold nothing.
 */
export function readAround<T extends Located>(text: string, isCandidate: (piece: string) => boolean, recognizer: (part: string) => T[]): T[] {
  const recognize = withoutFailures(recognizer);
  const read = text.slice(0, READ_LIMIT);
  const pieces = [...read.matchAll(/\d+|[^\s\d]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
  const candidates = pieces.flatMap((piece, index) => (isCandidate(piece.text) ? [index] : []));
  if (candidates.length === 0) return [];
  if (pieces.length <= WHOLE_PIECES && pieces.filter((piece) => /\d/.test(piece.text)).length <= WHOLE_NUMBERS) return recognize(read);
  const runs: { first: number; last: number }[] = [];
  for (const index of candidates) {
    const run = runs.at(-1);
    if (run && index - run.last <= RUN_GAP) run.last = index;
    else runs.push({ first: index, last: index });
  }
  const found: T[] = [];
  for (const run of runs) {
    const from = pieces[Math.max(0, run.first - CONTEXT_PIECES)]?.start ?? 0;
    const to = pieces[Math.min(pieces.length - 1, run.last + CONTEXT_PIECES)]?.end ?? read.length;
    for (const result of readInWindows(read.slice(from, to), recognize)) found.push({ ...result, start: result.start + from, end: result.end + from });
  }
  return longestWithoutOverlap(found);
}

function longestWithoutOverlap<T extends Located>(found: T[]): T[] {
  const byPosition = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const result of byPosition) {
    const previous = kept.at(-1);
    if (!previous || result.start > previous.end) kept.push(result);
    else if (result.end - result.start > previous.end - previous.start) kept[kept.length - 1] = result;
  }
  return kept;
}

/**
 * The recognizers throw on some ordinary sentences (the date-time one on "on unemployment in 2021,
 * they say"): what they cannot read counts as holding nothing, never as a failed turn.
 */
function withoutFailures<T>(recognize: (part: string) => T[]): (part: string) => T[] {
  return (part) => {
    try {
      return recognize(part);
    } catch {
      return [];
    }
  };
}
