import type { Rating } from './ports.js';

const WORDS: Record<string, Rating> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * A rating as taxpayers type it: "4", "4 stars", "five", "5/5", "⭐⭐⭐". Nothing else counts,
 * so an ordinary question typed instead of a rating is never taken for one.
 */
export function readRating(text: string): Rating | undefined {
  const said = text.trim().toLowerCase().replace(/[.!]+$/, '');
  const stars = /^(?:⭐|★){1,5}$/u.exec(said)?.[0];
  if (stars) return [...stars].length as Rating;
  const match = /^(?:a |an )?([1-5]|one|two|three|four|five)(?: ?(?:\/ ?5|out of (?:5|five)|stars?))?$/.exec(said);
  if (!match?.[1]) return undefined;
  return WORDS[match[1]] ?? (Number(match[1]) as Rating);
}
