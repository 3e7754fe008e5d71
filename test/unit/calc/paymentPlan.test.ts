import { describe, expect, it } from 'vitest';
import { CalcError, paymentPlan } from '../../../src/calc/index.js';

const cents = (dollars: number) => Math.round(dollars * 100);

describe('paymentPlan', () => {
  it('finds the level payment, with 1% monthly interest on the unpaid tax, and a schedule that sums to the total', () => {
    const plan = paymentPlan({ tax: 1000, penalty: 100, months: 3, firstPaymentDate: '2025-01-31' });
    expect(plan.monthlyPayment).toBe(373.69);
    expect(plan.schedule).toEqual([
      { date: '2025-01-31', payment: 373.69, interest: 10, remaining: 736.31 },
      { date: '2025-02-28', payment: 373.69, interest: 7.36, remaining: 369.98 },
      { date: '2025-03-31', payment: 373.68, interest: 3.7, remaining: 0 },
    ]);
    expect(plan).toMatchObject({ totalPaid: 1121.06, totalInterest: 21.06, startingBalance: 1100, estimate: true });
  });

  it('states its assumptions and the rule', () => {
    const plan = paymentPlan({ tax: 500, months: 2, firstPaymentDate: '2025-06-15' });
    expect(plan.assumptions.join(' ')).toMatch(/1% of the unpaid tax[\s\S]*first to interest, then to the penalty, then to the tax/);
    expect(plan.interestRule.citation).toMatch(/12-735\(a\)/);
    expect(plan.notice).toMatch(/estimate/);
  });

  it.each([2, 5, 12])('sums exactly over %d months, never paying more than the level payment', (months) => {
    const plan = paymentPlan({ tax: 4321.09, penalty: 432.11, interestSoFar: 123.45, months, firstPaymentDate: '2025-01-15' });
    const sum = plan.schedule.reduce((total, row) => total + cents(row.payment), 0);
    expect(sum).toBe(cents(plan.totalPaid));
    expect(cents(plan.totalPaid)).toBe(cents(4321.09) + cents(432.11) + cents(123.45) + cents(plan.totalInterest));
    expect(plan.schedule).toHaveLength(months);
    expect(plan.schedule.at(-1)?.remaining).toBe(0);
    for (const row of plan.schedule) expect(row.payment).toBeLessThanOrEqual(plan.monthlyPayment);
  });

  it('handles nothing owed', () => {
    expect(paymentPlan({ tax: 0, months: 2, firstPaymentDate: '2025-01-15' })).toMatchObject({ monthlyPayment: 0, totalPaid: 0 });
  });

  it.each([
    [{ months: 1 }, 'INVALID_TERM', /months must be a whole number of months from 2 to 12/],
    [{ months: 13 }, 'INVALID_TERM', /from 2 to 12/],
    [{ months: 2.5 }, 'INVALID_TERM', /whole number/],
    [{ tax: -5 }, 'INVALID_AMOUNT', /tax cannot be negative/],
    [{ penalty: Number.NaN }, 'INVALID_AMOUNT', /penalty must be an amount/],
    [{ firstPaymentDate: '2025-02-29' }, 'INVALID_DATE', /firstPaymentDate 2025-02-29 is not a real date/],
  ])('refuses %o', (override, code, message) => {
    const input = { tax: 1000, months: 6, firstPaymentDate: '2025-01-15', ...override };
    expect(() => paymentPlan(input)).toThrow(CalcError);
    expect(() => paymentPlan(input)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });
});
