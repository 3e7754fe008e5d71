import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_HOURS_TEXT, describeNextOpening, isOpen, nextOpening } from '../../../src/handoff/businessHours.js';

const at = (iso: string) => new Date(iso);
const newYorkTime = (instant: Date) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

describe('isOpen', () => {
  it.each([
    // Monday January 12, 2026 (EST, UTC−5).
    ['2026-01-12T13:29:59Z', false, '8:29 a.m. EST'],
    ['2026-01-12T13:30:00Z', true, '8:30 a.m. EST'],
    ['2026-01-12T21:29:59Z', true, '4:29 p.m. EST'],
    ['2026-01-12T21:30:00Z', false, '4:30 p.m. EST'],
    // Monday July 13, 2026 (EDT, UTC−4).
    ['2026-07-13T12:29:00Z', false, '8:29 a.m. EDT'],
    ['2026-07-13T12:30:00Z', true, '8:30 a.m. EDT'],
    ['2026-07-13T20:29:00Z', true, '4:29 p.m. EDT'],
    ['2026-07-13T20:30:00Z', false, '4:30 p.m. EDT'],
    // Weekends and legal holidays, mid-morning.
    ['2026-11-21T15:00:00Z', false, 'Saturday'],
    ['2026-11-22T15:00:00Z', false, 'Sunday'],
    ['2026-11-26T15:00:00Z', false, 'Thanksgiving'],
    ['2026-12-25T15:00:00Z', false, 'Christmas'],
    ['2026-07-03T14:00:00Z', false, 'Independence Day observed on Friday July 3'],
    ['2027-12-31T15:00:00Z', false, "New Year's Day 2028 observed on Friday December 31, 2027"],
    ['2026-11-27T15:00:00Z', true, 'the Friday after Thanksgiving'],
  ])('%s → %s (%s)', (instant, open) => {
    expect(isOpen(at(instant))).toBe(open);
  });
});

describe('nextOpening', () => {
  it.each([
    ['2026-01-12T13:29:00Z', '2026-01-12T13:30:00.000Z', 'Monday 8:29 a.m. EST → 8:30 the same day'],
    ['2026-07-13T12:29:00Z', '2026-07-13T12:30:00.000Z', 'Monday 8:29 a.m. EDT → 8:30 the same day'],
    ['2026-01-12T05:00:00Z', '2026-01-12T13:30:00.000Z', 'Monday midnight EST → 8:30 the same day'],
    ['2026-01-12T21:30:00Z', '2026-01-13T13:30:00.000Z', 'Monday 4:30 p.m. EST → Tuesday 8:30'],
    ['2026-07-13T20:30:00Z', '2026-07-14T12:30:00.000Z', 'Monday 4:30 p.m. EDT → Tuesday 8:30'],
    ['2026-11-21T15:00:00Z', '2026-11-23T13:30:00.000Z', 'Saturday → Monday 8:30'],
    ['2026-11-22T15:00:00Z', '2026-11-23T13:30:00.000Z', 'Sunday → Monday 8:30'],
    ['2026-11-23T04:59:00Z', '2026-11-23T13:30:00.000Z', 'Sunday 11:59 p.m. → Monday 8:30'],
    ['2026-11-20T22:00:00Z', '2026-11-23T13:30:00.000Z', 'Friday 5:00 p.m. → Monday 8:30'],
    ['2026-11-26T15:00:00Z', '2026-11-27T13:30:00.000Z', 'Thanksgiving Thursday → Friday 8:30'],
    ['2026-11-25T22:00:00Z', '2026-11-27T13:30:00.000Z', 'the evening before Thanksgiving → Friday 8:30'],
    ['2026-12-25T15:00:00Z', '2026-12-28T13:30:00.000Z', 'Christmas Friday → Monday December 28'],
    ['2026-07-03T14:00:00Z', '2026-07-06T12:30:00.000Z', 'Friday July 3 (Independence Day observed) → Monday July 6'],
    ['2027-12-31T15:00:00Z', '2028-01-03T13:30:00.000Z', 'Friday December 31, 2027 (New Year’s Day observed) → Monday January 3, 2028'],
    ['2026-03-08T06:30:00Z', '2026-03-09T12:30:00.000Z', 'Sunday March 8, 2026 1:30 a.m. EST, before the clocks go forward → Monday 8:30 EDT'],
    ['2026-03-08T16:00:00Z', '2026-03-09T12:30:00.000Z', 'Sunday March 8, 2026 noon EDT → Monday 8:30 EDT'],
    ['2026-03-06T22:00:00Z', '2026-03-09T12:30:00.000Z', 'Friday March 6, 2026 5:00 p.m. EST → Monday 8:30 EDT'],
    ['2026-10-30T21:00:00Z', '2026-11-02T13:30:00.000Z', 'Friday October 30, 2026 5:00 p.m. EDT → Monday 8:30 EST'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(nextOpening(at(instant)).toISOString()).toBe(expected);
  });

  it('returns the same instant while open', () => {
    const now = at('2026-07-13T15:00:00Z');
    expect(nextOpening(now)).toBe(now);
  });

  it('is the first open moment at or after now, at 8:30 Connecticut time when closed', () => {
    const from = Date.UTC(2025, 0, 1);
    const to = Date.UTC(2030, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const now = new Date(ms);
        const opening = nextOpening(now);
        expect(isOpen(opening)).toBe(true);
        if (isOpen(now)) {
          expect(opening).toBe(now);
          return;
        }
        expect(opening.getTime()).toBeGreaterThan(ms);
        expect(newYorkTime(opening)).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 08:30$/);
        for (let t = ms; t < opening.getTime(); t += 30 * 60_000) expect(isOpen(new Date(t))).toBe(false);
        expect(isOpen(new Date(opening.getTime() - 1))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('describeNextOpening', () => {
  it.each([
    ['2026-11-21T15:00:00Z', 'Monday, November 23, 2026, at 8:30 a.m.'],
    ['2026-03-08T16:00:00Z', 'Monday, March 9, 2026, at 8:30 a.m.'],
    ['2027-12-31T15:00:00Z', 'Monday, January 3, 2028, at 8:30 a.m.'],
    ['2026-07-13T19:05:00Z', 'Monday, July 13, 2026, at 3:05 p.m.'],
  ])('%s → %s', (instant, text) => {
    expect(describeNextOpening(at(instant))).toBe(text);
  });

  it('states the hours as shown to taxpayers', () => {
    expect(BUSINESS_HOURS_TEXT).toBe('Monday–Friday, 8:30 a.m.–4:30 p.m.');
  });
});
