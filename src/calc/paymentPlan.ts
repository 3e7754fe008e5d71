import { CalcError } from './calcError.js';
import { addMonthsClamped, formatDate, parseDate } from './dates.js';
import { percentOf, toCents, toDollars } from './money.js';
import { ESTIMATE_NOTICE, INTEREST_PERCENT_PER_MONTH, interestRule } from './rules.js';

export interface PaymentPlanInput {
  tax: number;
  penalty?: number;
  interestSoFar?: number;
  months: number;
  firstPaymentDate: string;
}

export interface PlanPayment {
  date: string;
  payment: number;
  interest: number;
  remaining: number;
}

export interface PaymentPlanEstimate {
  monthlyPayment: number;
  totalPaid: number;
  totalInterest: number;
  startingBalance: number;
  schedule: PlanPayment[];
  assumptions: string[];
  interestRule: { label: string; citation: string };
  estimate: true;
  notice: string;
}

export const PLAN_MONTHS = { min: 2, max: 12 } as const;

export const planAssumptions = [
  'Interest of 1% of the unpaid tax is added each month, before that month\'s payment (the first payment included); it is not charged on the penalty or on earlier interest.',
  'The sources do not say in which order DRS applies a payment; this estimate puts each payment first to interest, then to the penalty, then to the tax.',
  'Payments are equal except the last, which pays off what is left.',
  'DRS approves the plan and its terms (2 to 12 months); the amounts on your notice and in your agreement govern.',
];

interface Balances {
  tax: number;
  penalty: number;
  interest: number;
}

/** Runs the plan with a level payment; returns the schedule, or undefined if the payment is too small. */
function simulate(start: Balances, months: number, payment: number) {
  const owed = { ...start };
  const rows: { payment: number; interest: number; remaining: number }[] = [];
  for (let month = 1; month <= months; month += 1) {
    const interest = percentOf(owed.tax, INTEREST_PERCENT_PER_MONTH);
    owed.interest += interest;
    const remainingBefore = owed.tax + owed.penalty + owed.interest;
    const paid = month === months ? remainingBefore : Math.min(payment, remainingBefore);
    if (month === months && paid > payment) return undefined;
    let left = paid;
    for (const part of ['interest', 'penalty', 'tax'] as const) {
      const applied = Math.min(left, owed[part]);
      owed[part] -= applied;
      left -= applied;
    }
    rows.push({ payment: paid, interest, remaining: owed.tax + owed.penalty + owed.interest });
  }
  return rows;
}

/** An installment plan estimate: the level monthly payment that clears the balance in `months`. */
export function paymentPlan(input: PaymentPlanInput): PaymentPlanEstimate {
  const start: Balances = {
    tax: toCents(input.tax, 'tax'),
    penalty: toCents(input.penalty ?? 0, 'penalty'),
    interest: toCents(input.interestSoFar ?? 0, 'interestSoFar'),
  };
  if (!Number.isInteger(input.months) || input.months < PLAN_MONTHS.min || input.months > PLAN_MONTHS.max) {
    throw new CalcError('INVALID_TERM', 'months', `months must be a whole number of months from ${PLAN_MONTHS.min} to ${PLAN_MONTHS.max}.`);
  }
  const first = parseDate(input.firstPaymentDate, 'firstPaymentDate');
  const startingBalance = start.tax + start.penalty + start.interest;

  // The smallest level payment (in cents) that clears the balance by the last month.
  let low = Math.ceil(startingBalance / input.months);
  let high = startingBalance + percentOf(start.tax, INTEREST_PERCENT_PER_MONTH) * input.months;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (simulate(start, input.months, middle)) high = middle;
    else low = middle + 1;
  }
  const rows = simulate(start, input.months, low) ?? [];
  const totalPaid = rows.reduce((sum, row) => sum + row.payment, 0);
  const totalInterest = rows.reduce((sum, row) => sum + row.interest, 0);
  return {
    monthlyPayment: toDollars(low),
    totalPaid: toDollars(totalPaid),
    totalInterest: toDollars(totalInterest),
    startingBalance: toDollars(startingBalance),
    schedule: rows.map((row, index) => ({
      date: formatDate(addMonthsClamped(first, index)),
      payment: toDollars(row.payment),
      interest: toDollars(row.interest),
      remaining: toDollars(row.remaining),
    })),
    assumptions: planAssumptions,
    interestRule,
    estimate: true,
    notice: ESTIMATE_NOTICE,
  };
}
