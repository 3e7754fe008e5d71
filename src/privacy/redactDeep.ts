import { REDACTED_NUMBER, redact } from './redact.js';

/** Deeper than this, a structure a taxpayer sent is dropped rather than walked. */
const MAX_DEPTH = 32;

/**
 * `value` with every string in it (keys too) redacted, and every whole number of 9 or more digits
 * hidden: for what arrives beside the text (card submissions, attachments, display names).
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) >= 1e8 ? REDACTED_NUMBER : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, depth + 1)]));
}
