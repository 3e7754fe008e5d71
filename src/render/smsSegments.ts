import { SegmentedMessage } from 'sms-segments-calculator';

/** Twilio's limit for one message body; longer replies are split. */
export const SMS_MAX_LENGTH = 1600;

/**
 * At most this many segments per message: carriers deliver longer ones late or out of order. A
 * segment holds 153 GSM-7 characters, but only 67 when a character needs UCS-2 (á, í, ó, ú, and
 * any character outside the GSM alphabet), so a Spanish reply is split sooner than an English one.
 */
export const SMS_MAX_SEGMENTS = 10;

/** How a text goes over SMS: its encoding and how many segments it is billed and sent as (Twilio's own count). */
export function smsSegments(text: string): { encoding: 'GSM-7' | 'UCS-2'; segments: number } {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName === 'GSM-7' ? 'GSM-7' : 'UCS-2', segments: message.segmentsCount };
}

/** A text this short fits in any encoding: 10 UCS-2 segments of 67 (a GSM-7 extension character, counted twice, still fits). */
const ALWAYS_FITS = SMS_MAX_SEGMENTS * 67;

/** Whether a text goes as one message: within Twilio's length limit and the segment limit (counted only when it could matter). */
export const fitsOneSms = (text: string): boolean =>
  text.length <= ALWAYS_FITS || (text.length <= SMS_MAX_LENGTH && smsSegments(text).segments <= SMS_MAX_SEGMENTS);

/** Typographic punctuation outside the GSM alphabet, as the plain characters that keep a message in GSM-7. */
const GSM_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2022': '-',
  '\u00D7': 'x',
};
const TYPOGRAPHIC = new RegExp(`[${Object.keys(GSM_EQUIVALENTS).join('')}]`, 'g');

/**
 * Curly quotes, dashes and the like as plain characters, so that one of them alone does not make a
 * whole reply UCS-2 (more than twice the segments). Accented letters stay: Spanish needs them.
 */
export const gsmPunctuation = (text: string): string => text.replace(TYPOGRAPHIC, (character) => GSM_EQUIVALENTS[character] ?? character);
