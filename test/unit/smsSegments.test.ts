import { describe, expect, it } from 'vitest';
import { SMS_MAX_LENGTH, SMS_MAX_SEGMENTS, fitsOneSms, gsmPunctuation, smsSegments } from '../../src/render/smsSegments.js';
import { splitForSms, toSms } from '../../src/render/render.js';

describe('SMS segments', () => {
  it.each([
    ['Reply STOP to stop messages.', 'GSM-7', 1],
    ['x'.repeat(160), 'GSM-7', 1],
    ['x'.repeat(161), 'GSM-7', 2],
    // ñ, ¿, ¡ and é are in the GSM alphabet; á, í, ó and ú are not.
    ['¿Señor? ¡Sí, usted! El café.', 'UCS-2', 1],
    ['¿Qué? ¡Año! Niño, café.', 'GSM-7', 1],
    ['Responda PARAR para no recibir más mensajes.', 'UCS-2', 1],
    [`${'a'.repeat(69)}á`, 'UCS-2', 1],
    [`${'a'.repeat(70)}á`, 'UCS-2', 2],
    [`${'a'.repeat(133)}á`, 'UCS-2', 2],
    [`${'a'.repeat(134)}á`, 'UCS-2', 3],
  ] as const)('counts %j as %s in %i segment(s)', (text, encoding, segments) => {
    expect(smsSegments(text)).toEqual({ encoding, segments });
  });

  it('writes typographic punctuation as GSM characters and keeps Spanish letters', () => {
    expect(gsmPunctuation('Let’s “start” – now… 3 × $20')).toBe('Let\'s "start" - now... 3 x $20');
    expect(gsmPunctuation('¿Cuánto debo? Año, información.')).toBe('¿Cuánto debo? Año, información.');
    expect(smsSegments(gsmPunctuation('OK, let’s start over.')).encoding).toBe('GSM-7');
  });

  it('splits a Spanish reply so that no message is over the segment limit, losing no word', () => {
    const spanish = Array.from({ length: 300 }, (_, index) => `información${index}`).join(' ');
    const pieces = splitForSms(spanish);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(smsSegments(piece).segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    }
    // UCS-2 holds 67 characters a segment: a 1,600-character Spanish message would be 24 segments.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(SMS_MAX_SEGMENTS * 67);
    expect(pieces.join(' ')).toBe(spanish);
  });

  it('keeps a plain English reply of up to 1,530 characters in one message', () => {
    const english = 'word '.repeat(306).trim();
    expect(english.length).toBe(1529);
    expect(fitsOneSms(english)).toBe(true);
    expect(splitForSms(english)).toEqual([english]);
  });

  it('sends SMS replies with plain punctuation, each within the limits', () => {
    const [reply, ...rest] = toSms({ type: 'message', text: 'OK, let’s start over. Responda “PARAR”.' });
    expect(rest).toEqual([]);
    expect(reply?.text).toBe('OK, let\'s start over. Responda "PARAR".');
  });
});
