import { describe, expect, it } from 'vitest';
import { connecticutDate } from '../../../src/lib/clock.js';
import { extractBalanceSlots, extractNoticeSlots, findAmount, findDates, findMonthsLate } from '../../../src/nlu/extract.js';

const TODAY = '2026-11-21';

describe('extractBalanceSlots', () => {
  it.each([
    [
      'I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?',
      { tax: 2000, taxType: 'individual_income', dueDate: '2024-04-15', paymentDate: '2024-10-15' },
    ],
    ['If I pay my $300 sales tax today, it was due April 30, 2025', { tax: 300, taxType: 'business_sales_use', dueDate: '2025-04-30', paymentDate: '2026-11-21' }],
    ['withholding of 1,000 dollars due 4/30/2025 paid 6/25/2025', { tax: 1000, taxType: 'withholding', dueDate: '2025-04-30', paymentDate: '2025-06-25' }],
    ['what will I owe on $1,250.50?', { tax: 1250.5 }],
    ['my income tax was due on April 15, 2025', { taxType: 'individual_income', dueDate: '2025-04-15' }],
    ['I will pay next Friday', { paymentDate: '2026-11-27' }],
    ['2000', { tax: 2000 }],
    // A payment date without its year is the first such day after the due date, not the one nearest today.
    ['I owed 300 of income tax due April 15, 2025 and paid on June 1', { tax: 300, taxType: 'individual_income', dueDate: '2025-04-15', paymentDate: '2025-06-01' }],
    ['due December 15, 2025, paid January 10', { dueDate: '2025-12-15', paymentDate: '2026-01-10' }],
    // A due date without its year is the last such day before the payment.
    ['due April 15, paid on October 16, 2024', { dueDate: '2024-04-15', paymentDate: '2024-10-16' }],
    // With no year to either, the due date is still the last such day before the payment.
    ['I owed $1,000 due April 30 and paid June 25', { tax: 1000, dueDate: '2026-04-30', paymentDate: '2026-06-25' }],
    // "Due X until Y" names both days; a date named "due date" just after it is the due date.
    ["I didn't pay $615.40 of income tax due April 15, 2024 until April 15, 2025", { tax: 615.4, taxType: 'individual_income', dueDate: '2024-04-15', paymentDate: '2025-04-15' }],
    ['I paid $400 by the April 15, 2025 due date, then the rest on September 10, 2025', { tax: 400, dueDate: '2025-04-15', paymentDate: '2025-09-10' }],
  ])('%j', (text, expected) => {
    expect(extractBalanceSlots(text, TODAY)).toEqual(expected);
  });
});

describe('numbers that are not an amount', () => {
  it.each([
    'Is the Priority One COVID program still running today?',
    'My 60-day protest deadline lands on a Sunday',
    'I sent Form 8379 last week',
    'I called 860-297-5962 yesterday',
    'debo desde hace 6 meses, priority one me ayuda?',
    'My income tax return for 2020 was due May 17, 2021',
  ])('%j holds no amount', (text) => {
    expect(findAmount(text, TODAY, /debo/.test(text) ? 'es' : 'en')).toBeUndefined();
  });

  it('reads the amount beside them', () => {
    expect(findAmount('I owe 2000 and paid 6 months late', TODAY)).toBe(2000);
    expect(findAmount('tengo 60 dias para pagar 400', TODAY, 'es')).toBe(400);
  });

  it('takes a $50 minimum said as "at least" or "el mínimo es 50" for a rule, not the tax', () => {
    expect(findAmount('He says CT charges at least $50 for paying late. I only owed $300.', TODAY)).toBe(300);
    expect(findAmount('me dijeron q el penalty minimo es 50 pero yo solo debo 300', TODAY, 'es')).toBe(300);
  });
});

describe('recognizers', () => {
  it('a sentence the date recognizer throws on reads as holding no date, not as a failed turn', () => {
    const said = "Got a bill from DRS after I was on unemployment in 2021, they say I didn't pay enough";
    expect(findDates(said, '2026-12-06')).toEqual([]);
    expect(() => findAmount(said, '2026-12-06')).not.toThrow();
  });

  it('resolves "today" and "next Friday" against the injected date', () => {
    expect(findDates('today', TODAY).map((mention) => mention.date)).toEqual(['2026-11-21']);
    expect(findDates('next friday', '2025-01-01').map((mention) => mention.date)).toEqual(['2025-01-10']);
  });

  it.each([
    ['$2,000', 2000],
    ['I owe $1,250.50 and $300 more', 1250.5],
    ['$ 300', 300],
    ['2,000 dollars', 2000],
    ['about 500 bucks', 500],
    ['USD 500', 500],
    ['$2000.5', 2000.5],
    ['two thousand dollars', 2000],
    ['$2.5 million', 2500000],
    ['$2k', 2000],
    ['I paid $2,000 on April 15, 2024', 2000],
  ])('reads the dollar amount of %j as %d, in figures without the recognizers and in words with them', (text, amount) => {
    expect(findAmount(text, TODAY)).toBe(amount);
  });

  it('reads amounts but not the numbers inside dates', () => {
    expect(findAmount('due April 15, 2024', TODAY)).toBeUndefined();
    expect(findAmount('I owe 1,234.56', TODAY)).toBe(1234.56);
  });

  it('finds the notice kind and its date', () => {
    expect(extractNoticeSlots('I got a Notice of Intent to Offset dated May 5, 2026', TODAY)).toEqual({ kind: 'intent_to_offset', noticeDate: '2026-05-05' });
    expect(extractNoticeSlots('my R-859 came on 11/2/2026', TODAY)).toEqual({ kind: 'r859', noticeDate: '2026-11-02' });
    expect(extractNoticeSlots('I want to protest my balance due notice', TODAY)).toEqual({ kind: 'assessment' });
  });

  it('takes the taxpayer\'s date in Connecticut from the clock', () => {
    expect(connecticutDate(new Date('2026-11-22T03:30:00Z'))).toBe('2026-11-21');
    expect(connecticutDate(new Date('2026-11-22T05:30:00Z'))).toBe('2026-11-22');
  });
});

describe('how many months late a payment is', () => {
  it.each([
    ['I owe $2,000 and paid 6 months late', 'en', 6],
    ['paying a year late', 'en', 12],
    ['if I wait six months to pay', 'en', 6],
    ['I did not pay for two years', 'en', 24],
    ['ignored the notice for 3 months', 'en', 3],
    // Doing nothing for some months is paying that late.
    ['I did nothing for 6 months', 'en', 6],
    ['no hice nada en 6 meses', 'es', 6],
    ['pagué 6 meses tarde', 'es', 6],
    ['con seis meses de atraso', 'es', 6],
    ['un año tarde', 'es', 12],
    ['si espero tres meses para pagar', 'es', 3],
    ['pagué 6 months late', 'es', 6],
    // A part of a month counts as a whole month.
    ['2 and a half months late', 'en', 3],
    ['4 months and 10 days late', 'en', 5],
    ['a day late', 'en', 1],
    ['3 weeks late', 'en', 1],
    ['3 meses y medio de retraso', 'es', 4],
    ['un día tarde', 'es', 1],
    // Interest building up over some months, no plan named.
    ['how much interest would build up on $3,000 over 5 months', 'en', 5],
    ['cuantos intereses se acumulan en 5 meses', 'es', 5],
  ] as const)('%j (%s) is %d months', (text, language, months) => {
    expect(findMonthsLate(text, language)).toBe(months);
  });

  it.each(['what is a late payment penalty', 'I am behind on my plan', 'pay over 6 months', 'a 60-day notice', '40 days late', 'interest on a payment plan over 6 months'])('%j says no months late', (text) => {
    expect(findMonthsLate(text)).toBeUndefined();
  });

  it('gives the months only when no payment date is given', () => {
    expect(extractBalanceSlots('I owe $2,000 of income tax and paid 6 months late', TODAY)).toEqual({ tax: 2000, taxType: 'individual_income', monthsLate: 6 });
    expect(extractBalanceSlots('due April 15, 2024, paid October 15, 2024, 6 months late', TODAY)).toEqual({ dueDate: '2024-04-15', paymentDate: '2024-10-15' });
  });
});
