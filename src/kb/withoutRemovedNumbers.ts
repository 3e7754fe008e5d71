import { REDACTED_CARD, REDACTED_NUMBER, REDACTED_SSN } from '../privacy/redact.js';

const MARKERS = [REDACTED_SSN, REDACTED_CARD, REDACTED_NUMBER];
const SENTENCES = /[^.?!\n]+[.?!\n]*/g;

/**
 * The question without what redaction left of a typed number: sentences holding a removal marker
 * ("My SSN is [SSN removed].") are about the taxpayer, not the topic, so they are dropped when
 * another sentence remains; otherwise only the markers go.
 */
export function withoutRemovedNumbers(question: string): string {
  const hasMarker = (text: string) => MARKERS.some((marker) => text.includes(marker));
  if (!hasMarker(question)) return question;
  const sentences = question.match(SENTENCES) ?? [];
  const kept = sentences.filter((sentence) => !hasMarker(sentence) && /\p{L}/u.test(sentence));
  if (kept.length > 0) return kept.join(' ');
  return MARKERS.reduce((text, marker) => text.split(marker).join(' '), question);
}
