import { describe, expect, it } from 'vitest';
import { CalcError, estimateBalance, estimateBalanceMonthsLate, estimateInterest, estimateInterestMonthsLate, estimateLatePenalty, meetsExtensionSafeHarbor, paidMonthsLater } from '../../../src/calc/index.js';

describe('estimateBalance: the worked examples of the rules reference', () => {
  it.each([
    ['individual_income', 2000, '2024-04-15', '2024-10-15', 6, 200, 120, 2320],
    ['individual_income', 2000, '2024-04-15', '2024-10-16', 7, 200, 140, 2340],
    ['individual_income', 300, '2025-04-15', '2025-06-01', 2, 30, 6, 336],
    ['business_sales_use', 300, '2025-04-30', '2025-05-20', 1, 50, 3, 353],
    ['withholding', 1000, '2025-04-30', '2025-06-25', 2, 100, 20, 1120],
  ] as const)('%s $%d due %s paid %s → %d months, %d + %d = %d', (taxType, tax, dueDate, paymentDate, months, penalty, interest, total) => {
    expect(estimateBalance({ taxType, tax, dueDate, paymentDate })).toMatchObject({ months, penalty, interest, total, estimate: true });
  });
});

describe('estimateBalance: months as the regulation counts them', () => {
  it.each([
    ['2025-04-15', '2025-04-15', 0],
    ['2025-04-15', '2025-04-10', 0],
    ['2025-04-15', '2025-04-16', 1],
    ['2025-04-15', '2025-05-15', 1],
    ['2025-04-15', '2025-05-16', 2],
    ['2025-04-30', '2025-05-31', 1],
    ['2025-04-30', '2025-06-01', 2],
    ['2025-04-30', '2025-06-30', 2],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-03-31', 2],
    ['2025-01-30', '2025-02-28', 1],
    ['2025-01-30', '2025-03-01', 2],
    ['2025-01-30', '2025-03-30', 2],
    ['2025-01-30', '2025-03-31', 3],
    ['2024-01-30', '2024-02-29', 1],
    ['2024-02-29', '2024-03-31', 1],
    ['2024-02-29', '2024-04-01', 2],
    ['2024-04-15', '2025-04-15', 12],
    ['2024-04-15', '2025-04-16', 13],
  ])('due %s, paid %s → %d months', (dueDate, paymentDate, months) => {
    expect(estimateBalance({ taxType: 'individual_income', tax: 100, dueDate, paymentDate }).months).toBe(months);
  });

  it('says which months were charged', () => {
    const due30 = estimateBalance({ taxType: 'individual_income', tax: 100, dueDate: '2025-04-30', paymentDate: '2025-06-25' });
    expect(due30.firstMonth).toEqual({ number: 1, start: '2025-05-01', end: '2025-05-31' });
    expect(due30.lastMonth).toEqual({ number: 2, start: '2025-06-01', end: '2025-06-30' });
    const onTime = estimateBalance({ taxType: 'individual_income', tax: 100, dueDate: '2025-04-30', paymentDate: '2025-04-30' });
    expect(onTime.firstMonth).toBeUndefined();
    expect(onTime).toMatchObject({ months: 0, penalty: 0, interest: 0, total: 100 });
  });
});

describe('estimateBalance: penalty by tax type', () => {
  it.each([
    ['individual_income', 100, 10],
    ['individual_income', 20, 2],
    ['business_sales_use', 100, 50],
    ['business_sales_use', 400, 60],
    ['business_sales_use', 333.33, 50],
    ['business_sales_use', 1000.1, 150.02],
    ['withholding', 20, 2],
    ['individual_income', 0.05, 0.01],
    ['individual_income', 0.04, 0],
  ] as const)('%s on $%d → penalty $%d', (taxType, tax, penalty) => {
    expect(estimateBalance({ taxType: taxType, tax, dueDate: '2025-04-15', paymentDate: '2025-05-01' }).penalty).toBe(penalty);
  });

  it('says when the minimum penalty replaced the percentage, and only then', () => {
    const late = { dueDate: '2025-04-15', paymentDate: '2025-05-01' };
    expect(estimateBalance({ taxType: 'business_sales_use', tax: 300, ...late }).minimumReplaced).toEqual({ byPercent: 45, minimum: 50 });
    expect(estimateBalance({ taxType: 'business_sales_use', tax: 400, ...late }).minimumReplaced).toBeUndefined();
    expect(estimateBalance({ taxType: 'individual_income', tax: 100, ...late }).minimumReplaced).toBeUndefined();
    expect(estimateBalance({ taxType: 'business_sales_use', tax: 300, dueDate: '2025-04-15', paymentDate: '2025-04-15' }).minimumReplaced).toBeUndefined();
    expect(estimateLatePenalty({ taxType: 'business_sales_use', tax: 200 }).minimumReplaced).toEqual({ byPercent: 30, minimum: 50 });
  });

  it('charges no penalty under the extension safe harbour, but still interest', () => {
    const result = estimateBalance({ taxType: 'individual_income', tax: 2000, dueDate: '2024-04-15', paymentDate: '2024-10-15', extensionSafeHarbor: true });
    expect(result).toMatchObject({ penalty: 0, interest: 120, total: 2120 });
    expect(result.penaltyRule.citation).toBe('CGS §12-723');
  });

  it('names the rule behind each figure', () => {
    const result = estimateBalance({ taxType: 'business_sales_use', tax: 300, dueDate: '2025-04-30', paymentDate: '2025-05-20' });
    expect(result.penaltyRule).toMatchObject({ citation: 'CGS §12-419(a)', applied: true });
    expect(result.interestRule.citation).toMatch(/12-735\(a\)/);
    expect(result.notice).toBe('This is an estimate; the amount on your notice governs.');
  });
});

describe('estimateBalance: bad input', () => {
  it.each([
    [{ tax: -1 }, 'INVALID_AMOUNT', /tax cannot be negative/],
    [{ tax: Number.NaN }, 'INVALID_AMOUNT', /tax must be an amount/],
    [{ tax: '2000' }, 'INVALID_AMOUNT', /tax must be an amount/],
    [{ tax: Number.POSITIVE_INFINITY }, 'INVALID_AMOUNT', /tax must be an amount/],
    [{ dueDate: '2025-02-30' }, 'INVALID_DATE', /dueDate 2025-02-30 is not a real date/],
    [{ dueDate: '04/15/2025' }, 'INVALID_DATE', /dueDate must be a date written YYYY-MM-DD/],
    [{ paymentDate: '' }, 'INVALID_DATE', /paymentDate must be a date/],
    [{ taxType: 'estate' }, 'UNKNOWN_TAX_TYPE', /taxType must be one of individual_income, business_sales_use, withholding/],
  ])('%o → %s', (override, code, message) => {
    const input = { taxType: 'individual_income', tax: 100, dueDate: '2025-04-15', paymentDate: '2025-05-01', ...override } as Parameters<typeof estimateBalance>[0];
    expect(() => estimateBalance(input)).toThrow(CalcError);
    expect(() => estimateBalance(input)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });
});

describe('estimateInterest: interest alone, the same for every tax type', () => {
  it.each([
    ['2024-04-15', '2024-10-15', 6, 120],
    ['2024-04-15', '2024-04-15', 0, 0],
    ['2025-04-30', '2025-05-20', 1, 20],
  ] as const)('due %s, paid %s: %d months, $%d', (dueDate, paymentDate, months, interest) => {
    const alone = estimateInterest({ tax: 2000, dueDate, paymentDate });
    expect(alone).toMatchObject({ months, interest, tax: 2000, interestPerMonth: 20, estimate: true });
    for (const taxType of ['individual_income', 'business_sales_use', 'withholding'] as const) {
      const { penalty: _penalty, total: _total, penaltyRule: _rule, ...interestPart } = estimateBalance({ taxType, tax: 2000, dueDate, paymentDate });
      expect(interestPart).toEqual(alone);
    }
  });

  it('refuses what estimateBalance refuses', () => {
    expect(() => estimateInterest({ tax: -1, dueDate: '2024-04-15', paymentDate: '2024-10-15' })).toThrow(CalcError);
    expect(() => estimateInterest({ tax: 1, dueDate: 'April 15', paymentDate: '2024-10-15' })).toThrow(CalcError);
  });
});

describe('a payment some months late, with no dates', () => {
  it.each([
    ['individual_income', 2000, 6, 200, 120, 2320],
    ['business_sales_use', 300, 1, 50, 3, 353],
    ['withholding', 1000, 2, 100, 20, 1120],
  ] as const)('%s $%d paid %d months late → %d + %d = %d, as the dated worked examples', (taxType, tax, monthsLate, penalty, interest, total) => {
    const estimate = estimateBalanceMonthsLate({ taxType, tax, monthsLate });
    expect(estimate).toMatchObject({ months: monthsLate, penalty, interest, total });
    expect(estimate.firstMonth).toBeUndefined();
    expect(estimateInterestMonthsLate({ tax, monthsLate })).toMatchObject({ months: monthsLate, interest });
  });

  it('pays on the same day of the month, so interest counts exactly that many months', () => {
    expect(paidMonthsLater('2024-04-15', 6)).toBe('2024-10-15');
    expect(paidMonthsLater('2024-01-31', 1)).toBe('2024-02-29');
    expect(estimateBalance({ taxType: 'individual_income', tax: 100, dueDate: '2024-01-31', paymentDate: paidMonthsLater('2024-01-31', 1) }).months).toBe(1);
  });

  it('refuses a count of months that is not a whole number from 0 to 600', () => {
    expect(() => estimateBalanceMonthsLate({ taxType: 'individual_income', tax: 100, monthsLate: 1.5 })).toThrow(CalcError);
    expect(() => estimateInterestMonthsLate({ tax: 100, monthsLate: -1 })).toThrow(CalcError);
  });
});

describe('estimateLatePenalty: the penalty alone, with no dates', () => {
  it.each([
    ['individual_income', 350, 35, 3.5],
    ['business_sales_use', 200, 50, 2],
    ['business_sales_use', 1000, 150, 10],
    ['withholding', 1000, 100, 10],
  ] as const)('%s $%d → penalty $%d, interest $%d a month', (taxType, tax, penalty, interestPerMonth) => {
    expect(estimateLatePenalty({ taxType, tax })).toMatchObject({ tax, penalty, interestPerMonth, estimate: true });
  });
});

describe('meetsExtensionSafeHarbor (CGS §12-723)', () => {
  it.each([
    [4000, 3600, '2025-10-15', true],
    [4000, 3599.99, '2025-10-15', false],
    [4000, 3600, '2025-10-16', false],
    [4000, 4000, '2025-06-01', true],
  ] as const)('$%d total, $%d paid by April 15, 2025, the rest on %s → %s', (total, paidOnTime, paymentDate, meets) => {
    expect(meetsExtensionSafeHarbor({ total, paidOnTime, dueDate: '2025-04-15', paymentDate })).toBe(meets);
  });
});

describe('estimateBalance with the penalty waived', () => {
  it('charges interest only, and says the penalty was waived', () => {
    expect(estimateBalance({ taxType: 'individual_income', tax: 3000, dueDate: '2024-04-15', paymentDate: '2024-12-01', penaltyWaived: true })).toMatchObject({
      months: 8,
      penalty: 0,
      interest: 240,
      total: 3240,
      penaltyRule: { applied: false, label: 'Penalty waived by DRS, as you said; interest cannot be waived' },
    });
  });
});
