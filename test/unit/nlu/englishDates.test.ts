import { describe, expect, it } from 'vitest';
import { extractBalanceSlots, findDates } from '../../../src/nlu/extract.js';

// A Saturday.
const TODAY = '2026-11-21';
const datesIn = (text: string) => findDates(text, TODAY).map((mention) => mention.date);

describe('days an English message names', () => {
  it.each([
    ['due April 15, 2024', ['2024-04-15']],
    ['Act by: Thursday, December 31, 2026, to be safe', ['2026-12-31']],
    ['withholding due 4/30/2025 paid 6/25/2025', ['2025-04-30', '2025-06-25']],
    ['15 April 2024', ['2024-04-15']],
    // Without a year: the nearest April 15 (five months ahead, not seven behind).
    ['April 15', ['2027-04-15']],
    ['my notice is dated Nov 2', ['2026-11-02']],
    ['I can pay the full amount today. Will that stop the offset?', ['2026-11-21']],
    ['tomorrow', ['2026-11-22']],
    ['paid yesterday', ['2026-11-20']],
    ['pay ct state tax online tonight', ['2026-11-21']],
    ['I will pay next Friday', ['2026-11-27']],
    ['Monday, July 13, 2026, at 3:05 p.m.', ['2026-07-13']],
    ['in 10 days', ['2026-12-01']],
    ['the notice came 3 weeks ago', ['2026-10-31']],
    ['is it better to pay on the 15th or the 16th', ['2026-11-15', '2026-11-16']],
    ['my due date is Friday the 10th', ['2026-11-10']],
    ['paying on the 1st of next month', ['2026-12-01']],
    ['I will pay on Labor Day', ['2026-09-07']],
    ['Is Good Friday a state holiday?', ['2027-03-26']],
    ['my deadline is Independence Day', ['2026-07-04']],
    // A day counted from today, a day of a month said, and the eves.
    ['I can pay a week from today', ['2026-11-28']],
    ['two weeks from now', ['2026-12-05']],
    ['on the first of next month', ['2026-12-01']],
    ['by the last day of the month', ['2026-11-30']],
    ['on Christmas Eve', ['2026-12-24']],
    ["New Year's Eve", ['2026-12-31']],
  ])('%j', (text, dates) => {
    expect(datesIn(text)).toEqual(dates);
  });

  it.each([
    'what happens now',
    'within 60 days of the notice',
    'I was in the hospital for 3 weeks',
    'I missed my installment last week',
    'will it rain this weekend',
    'try again in 15 minutes',
    'who was the 16th president',
    'the 4th message in a minute',
    'Does interest begin on the due date or the day I got the notice?',
    'the last day to respond',
    'call me at 5pm',
    'I had two jobs last year',
    'the first time I called',
  ])('%j names no day', (text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('gives each date its place, so the words before it tell a due date from a payment date', () => {
    expect(extractBalanceSlots('I pay on the 16th, it was due the 1st of this month, tax $500', TODAY)).toEqual({ tax: 500, dueDate: '2026-11-01', paymentDate: '2026-11-16' });
    const [mention] = findDates('it was due April 15, 2024', TODAY);
    expect(mention).toMatchObject({ date: '2024-04-15', start: 11, end: 24, before: 'it was due ' });
  });
});
