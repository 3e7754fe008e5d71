import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateBalance, isBusinessDay, noticeDeadline, paymentPlan } from '../../../src/calc/index.js';
import type { NoticeKind, TaxType } from '../../../src/calc/index.js';

const day = 86_400_000;
const isoDate = fc.integer({ min: Date.UTC(2020, 0, 1) / day, max: Date.UTC(2035, 11, 31) / day }).map((n) => new Date(n * day).toISOString().slice(0, 10));
const later = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
const taxType = fc.constantFrom<TaxType>('individual_income', 'business_sales_use', 'withholding');
const amount = fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100);
const toCents = (dollars: number) => Math.round(dollars * 100);

describe('calculation properties', () => {
  it('total = tax + penalty + interest, to the cent', () => {
    fc.assert(
      fc.property(taxType, amount, isoDate, fc.integer({ min: -40, max: 2000 }), (type, tax, dueDate, delay) => {
        const result = estimateBalance({ taxType: type, tax, dueDate, paymentDate: later(dueDate, delay) });
        expect(toCents(result.total)).toBe(toCents(tax) + toCents(result.penalty) + toCents(result.interest));
        expect(Number.isFinite(result.total)).toBe(true);
      }),
    );
  });

  it('interest never decreases as the payment date moves later', () => {
    fc.assert(
      fc.property(taxType, amount, isoDate, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 400 }), (type, tax, dueDate, delay, more) => {
        const sooner = estimateBalance({ taxType: type, tax, dueDate, paymentDate: later(dueDate, delay) });
        const afterwards = estimateBalance({ taxType: type, tax, dueDate, paymentDate: later(dueDate, delay + more) });
        expect(afterwards.interest).toBeGreaterThanOrEqual(sooner.interest);
        expect(afterwards.months).toBeGreaterThanOrEqual(sooner.months);
      }),
    );
  });

  it('months is 0 exactly when paid on or before the due date', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -60, max: 60 }), (dueDate, delay) => {
        const { months } = estimateBalance({ taxType: 'individual_income', tax: 100, dueDate, paymentDate: later(dueDate, delay) });
        expect(months === 0).toBe(delay <= 0);
      }),
    );
  });

  it('one more month never costs more than one month of interest, and a month never exceeds 31 days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 1000 }), (dueDate, delay) => {
        const result = estimateBalance({ taxType: 'individual_income', tax: 1000, dueDate, paymentDate: later(dueDate, delay) });
        expect(result.months).toBeGreaterThanOrEqual(Math.ceil(delay / 31));
        expect(result.months).toBeLessThanOrEqual(Math.ceil(delay / 28));
        expect(result.interest).toBe(10 * result.months);
      }),
    );
  });

  it('timelyUntil is a business day, never before lastDay, and at most 4 days after it', () => {
    fc.assert(
      fc.property(fc.constantFrom<NoticeKind>('intent_to_offset', 'assessment', 'r859'), isoDate, (kind, noticeDate) => {
        const result = noticeDeadline({ kind, noticeDate });
        expect(isBusinessDay(result.timelyUntil)).toBe(true);
        expect(result.timelyUntil >= result.lastDay).toBe(true);
        expect(Date.parse(result.timelyUntil) - Date.parse(result.lastDay)).toBeLessThanOrEqual(4 * day);
        expect(result.actBy <= result.lastDay && isBusinessDay(result.actBy)).toBe(true);
      }),
    );
  });

  it('a payment plan schedule always sums to its total and pays everything off', () => {
    fc.assert(
      fc.property(amount, amount, amount, fc.integer({ min: 2, max: 12 }), isoDate, (tax, penalty, interestSoFar, months, firstPaymentDate) => {
        const plan = paymentPlan({ tax, penalty, interestSoFar, months, firstPaymentDate });
        const paid = plan.schedule.reduce((sum, row) => sum + toCents(row.payment), 0);
        expect(paid).toBe(toCents(plan.totalPaid));
        expect(toCents(plan.totalPaid)).toBe(toCents(tax) + toCents(penalty) + toCents(interestSoFar) + toCents(plan.totalInterest));
        expect(plan.schedule.at(-1)?.remaining).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
