/** The rules the calculations apply, with their sources (see the project's rules reference). */
export type TaxType = 'individual_income' | 'business_sales_use' | 'withholding';

export interface PenaltyRule {
  /** Percent of the unpaid tax. */
  percent: number;
  /** Minimum penalty in cents, when the statute sets one. */
  minimumCents: number;
  label: string;
  citation: string;
}

export const penaltyRules: Record<TaxType, PenaltyRule> = {
  individual_income: {
    percent: 10,
    minimumCents: 0,
    label: 'Penalty 10% of the unpaid tax (no $50 minimum)',
    citation: 'CGS §12-735(a); Regs. Conn. State Agencies §12-735(a)-1',
  },
  business_sales_use: {
    percent: 15,
    minimumCents: 5000,
    label: 'Penalty 15% of the unpaid tax or $50, whichever is greater',
    citation: 'CGS §12-419(a)',
  },
  withholding: {
    percent: 10,
    minimumCents: 0,
    label: 'Penalty 10% of the amount due',
    citation: 'DRS withholding guidance',
  },
};

export const taxTypeNames: Record<TaxType, string> = {
  individual_income: 'individual income tax',
  business_sales_use: 'sales and use tax (business)',
  withholding: 'employer withholding tax',
};

export const INTEREST_PERCENT_PER_MONTH = 1;
export const interestRule = {
  label: 'Interest 1% per month or part of a month on the unpaid tax, not on the penalty; never compounded',
  citation: 'CGS §12-735(a); Regs. Conn. State Agencies §12-701(b)-1(11)',
};
export const safeHarborRule = {
  label: 'No late-payment penalty: at least 90% paid by the original due date, the rest with the return by the extended due date',
  citation: 'CGS §12-723',
};
export const waivedPenaltyRule = { label: 'Penalty waived by DRS, as you said; interest cannot be waived', citation: 'Form DRS-PW' };
/** A waiver of a penalty over this amount also needs the Penalty Review Committee's approval. */
export const penaltyReviewRule = { thresholdCents: 500_000, citation: 'CGS §12-3a' };
export const timelyRule = { label: 'Due on a weekend or legal holiday: timely on the next business day', citation: 'CGS §12-39a' };

export const ESTIMATE_NOTICE = 'This is an estimate; the amount on your notice governs.';
