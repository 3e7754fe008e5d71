/**
 * Penalties, interest, deadlines and payment plans as Connecticut computes them. Pure: dates are
 * `YYYY-MM-DD` strings, money is dollars rounded to the cent (computed in integer cents), and
 * nothing reads a clock, the environment or a database.
 */
export { CalcError } from './calcError.js';
export type { CalcErrorCode } from './calcError.js';
export { estimateBalance, estimateBalanceMonthsLate, estimateInterest, estimateInterestMonthsLate, estimateLatePenalty, meetsExtensionSafeHarbor, countMonths, monthEnd, paidMonthsLater } from './balance.js';
export type { BalanceEstimate, BalanceInput, InterestEstimate, InterestMonth, PenaltyEstimate } from './balance.js';
export { isBusinessDay, noticeDeadline, noticeRules, refundClaimDeadline } from './deadlines.js';
export type { NoticeDeadline, NoticeKind, RefundClaimDeadline } from './deadlines.js';
export { ctLegalHolidays } from './holidays.js';
export type { Holiday } from './holidays.js';
export { formatAmount, formatDollars } from './money.js';
export { PLAN_MONTHS, paymentPlan, planAssumptions } from './paymentPlan.js';
export type { PaymentPlanEstimate, PaymentPlanInput, PlanPayment } from './paymentPlan.js';
export { ESTIMATE_NOTICE, penaltyReviewRule, penaltyRules, taxTypeNames } from './rules.js';
export type { TaxType } from './rules.js';
