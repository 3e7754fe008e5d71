import { CardFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { BalanceEstimate, InterestEstimate, NoticeDeadline, PaymentPlanEstimate, PenaltyEstimate, RefundClaimDeadline, TaxType } from '../calc/index.js';
import { ESTIMATE_NOTICE, formatAmount, penaltyReviewRule, penaltyRules, taxTypeNames } from '../calc/index.js';
import type { InEachLanguage, Language } from '../lib/language.js';
import { balanceCardEs, planCardEs, refundCardEs } from './calcMessages.es.js';
import { deadlineTexts } from './deadlineTexts.js';
import { longDate, monthAndYear } from './format.js';

const dollars = formatAmount;

type Fact = { title: string; value: string };

/** Web Chat and Teams: an Adaptive Card with a table; SMS: a few plain lines. */
function resultMessage(channelId: string, title: string, facts: Fact[], footer: string[]): Partial<Activity> {
  const summary = facts.map((fact) => `${fact.title}: ${fact.value}`);
  if (channelId === 'sms') return { type: 'message', text: [title, ...summary, ...footer].join('\n') };
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: `${title}. ${summary.join('. ')}`,
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'FactSet', facts },
      ...footer.map((line) => ({ type: 'TextBlock', text: line, wrap: true, isSubtle: true })),
    ],
  });
  return { type: 'message', attachments: [card] };
}

export interface BalanceQuestion {
  taxType: TaxType;
  dueDate: string;
  paymentDate: string;
  /** The figure asked for, which leads the answer; otherwise the total does. */
  asks?: 'interest' | 'penalty';
  /** "Paid 6 months late" with no dates: the months stand for the dates. */
  monthsLate?: number;
  /** The message did not name the tax: the individual income tax's rule was used. */
  taxAssumed?: boolean;
  /** An extension, with part of the tax paid by the original due date. */
  extension?: { total: number; paidOnTime: number };
}

/** The words of the "What will I owe?" result, in one language; amounts and dates come formatted. */
export interface BalanceCardTexts {
  /** "6 months, April 16, 2024 to October 15, 2024 (a part of a month counts as a whole month)" */
  monthsCounted: (months: number, from: string, to: string) => string;
  interestOnTimeHeadline: (total: string) => string;
  interestHeadline: (interest: string, monthsCounted: string, total: string) => string;
  penaltyHeadline: (penalty: string, total: string) => string;
  totalHeadline: (total: string) => string;
  /** Interest asked for without the tax type: no penalty or total. */
  interestOnlyHeadline: (interest: string, monthsCounted: string) => string;
  interestOnlyOnTimeHeadline: string;
  taxTitle: string;
  tax: (tax: string, taxType: TaxType, due: string) => string;
  taxOfAnyType: (tax: string, due: string) => string;
  /** The tax paid some months late, no dates given. */
  taxPaidLate: (tax: string, taxType: TaxType | undefined, months: number) => string;
  /** "6 months (a part of a month counts as a whole month)" */
  monthsLate: (months: number) => string;
  interestForMonths: (interest: string, months: number, perMonth: string, citation: string) => string;
  /** Why an interest-only answer has no penalty or total, and how to get them. */
  penaltyDependsOnTax: string;
  paidOnTitle: string;
  onTimeTitle: string;
  onTime: string;
  penaltyTitle: string;
  penalty: (penalty: string, rule: BalanceEstimate['penaltyRule'], taxType: TaxType) => string;
  interestTitle: string;
  interest: (interest: string, months: number, perMonth: string, from: string, to: string, citation: string) => string;
  totalTitle: string;
  footer: (estimate: InterestEstimate) => string[];
  /** The tax was not named: the individual income tax's rule was used. */
  assumedIncomeTax: string;
  /** The penalty alone, asked with an amount and no dates. */
  penaltyOnlyHeadline: (penalty: string) => string;
  taxOfType: (tax: string, taxType: TaxType) => string;
  interestOnTop: (perMonth: string) => string;
  penaltyOnce: string;
  /** A penalty over the Penalty Review Committee's threshold: who must approve waiving it. */
  committeeApproval: (threshold: string, citation: string) => string;
  estimate: string;
  /** "15% would be $45.00, less than the $50.00 minimum" */
  minimumApplies: (percent: number, byPercent: string, minimum: string) => string;
  /** With an extension: what was paid on time, and what is counted. */
  extensionPaid: (paidOnTime: string, total: string, rest: string) => string;
}

const monthsWord = (months: number) => `${months} month${months === 1 ? '' : 's'}`;

const balanceCardEn: BalanceCardTexts = {
  monthsCounted: (months, from, to) => `${monthsWord(months)}, ${from} to ${to} (a part of a month counts as a whole month)`,
  interestOnTimeHeadline: (total) => `Estimated interest: $0.00, paid on or before the due date (${total} in all)`,
  interestHeadline: (interest, monthsCounted, total) => `Estimated interest: ${interest} for ${monthsCounted}; ${total} in all with tax and penalty`,
  penaltyHeadline: (penalty, total) => `Estimated penalty: ${penalty}; ${total} in all with tax and interest`,
  totalHeadline: (total) => `Estimate: ${total} in all`,
  interestOnlyHeadline: (interest, monthsCounted) => `Estimated interest: ${interest} for ${monthsCounted}`,
  interestOnlyOnTimeHeadline: 'Estimated interest: $0.00, paid on or before the due date',
  taxTitle: 'Tax',
  tax: (tax, taxType, due) => `${tax} of ${taxTypeNames[taxType]}, due ${due}`,
  taxOfAnyType: (tax, due) => `${tax}, due ${due}`,
  taxPaidLate: (tax, taxType, months) => `${tax}${taxType ? ` of ${taxTypeNames[taxType]}` : ''}, paid ${monthsWord(months)} late`,
  monthsLate: (months) => `${monthsWord(months)} (a part of a month counts as a whole month)`,
  interestForMonths: (interest, months, perMonth, citation) => `${interest}: ${monthsWord(months)} × ${perMonth} (1% per month or part of a month; ${citation})`,
  penaltyDependsOnTax: 'Interest is the same for every tax. The late-payment penalty is not: it depends on which tax it is. Ask "What will I owe?" to add the penalty and see the total.',
  paidOnTitle: 'Paid on',
  onTimeTitle: 'Penalty and interest',
  onTime: '$0.00: paid on or before the due date',
  penaltyTitle: 'Penalty',
  penalty: (penalty, rule) => `${penalty}: ${rule.label} (${rule.citation})`,
  interestTitle: 'Interest',
  interest: (interest, months, perMonth, from, to, citation) =>
    `${interest}: ${monthsWord(months)} × ${perMonth} (1% per month or part of a month, ${from} to ${to}; ${citation})`,
  totalTitle: 'Total',
  footer: (estimate) => [estimate.notice, 'Interest cannot be waived. Paying sooner lowers it.'],
  assumedIncomeTax:
    'You did not say which tax, so this uses the rule for individual income tax. For a business\'s sales and use tax the penalty is 15% or $50, whichever is greater.',
  penaltyOnlyHeadline: (penalty) => `Estimated late-payment penalty: ${penalty}`,
  taxOfType: (tax, taxType) => `${tax} of ${taxTypeNames[taxType]}, paid late`,
  interestOnTop: (perMonth) =>
    `${perMonth} a month: 1% of the tax for each month or part of a month from the due date until you pay, on top of the penalty. Give the due date and the payment date to see the total.`,
  penaltyOnce: 'The penalty is charged once, not every month.',
  committeeApproval: (threshold, citation) => `A waiver of a penalty over ${threshold} also needs the Penalty Review Committee's approval (${citation}).`,
  estimate: ESTIMATE_NOTICE,
  minimumApplies: (percent, byPercent, minimum) => `${percent}% would be ${byPercent}, less than the ${minimum} minimum, so the minimum applies.`,
  extensionPaid: (paidOnTime, total, rest) =>
    `With your extension, ${paidOnTime} of ${total} was paid by the original due date, so only the ${rest} paid later is counted. With at least 90% paid on time and the rest paid by the extended due date (6 months later), there is no late-payment penalty; interest still runs from the original due date.`,
};

export const balanceCardTexts: InEachLanguage<BalanceCardTexts> = { en: balanceCardEn, es: balanceCardEs };

/** The penalty line, saying when a minimum penalty replaced the percentage ($300 of sales tax: 15% is $45, the penalty $50). */
function penaltyLine(estimate: Pick<BalanceEstimate, 'penalty' | 'minimumReplaced'>, rule: BalanceEstimate['penaltyRule'], taxType: TaxType, texts: BalanceCardTexts): string {
  const line = texts.penalty(dollars(estimate.penalty), rule, taxType);
  const replaced = estimate.minimumReplaced;
  if (!rule.applied || !replaced) return line;
  return `${line}. ${texts.minimumApplies(penaltyRules[taxType].percent, dollars(replaced.byPercent), dollars(replaced.minimum))}`;
}

/** The months interest counts, in plain words. */
function monthsCounted(estimate: InterestEstimate, texts: BalanceCardTexts, language: Language): string {
  if (!estimate.firstMonth) return texts.monthsLate(estimate.months);
  return texts.monthsCounted(estimate.months, longDate(estimate.firstMonth?.start ?? '', false, language), longDate(estimate.lastMonth?.end ?? '', false, language));
}

/** "$120.00: 6 months × $20.00 (1% per month or part of a month, April 16, 2024 to October 15, 2024; CGS …)" */
function interestLine(estimate: InterestEstimate, texts: BalanceCardTexts, language: Language): string {
  const date = (iso: string) => longDate(iso, false, language);
  if (!estimate.firstMonth) return texts.interestForMonths(dollars(estimate.interest), estimate.months, dollars(estimate.interestPerMonth), estimate.interestRule.citation);
  return texts.interest(dollars(estimate.interest), estimate.months, dollars(estimate.interestPerMonth), date(estimate.firstMonth?.start ?? ''), date(estimate.lastMonth?.end ?? ''), estimate.interestRule.citation);
}

/** The tax and when it was paid: its due and payment dates, or how many months late (no tax type: interest alone). */
function taxAndPayment(question: Pick<BalanceQuestion, 'dueDate' | 'paymentDate' | 'monthsLate'>, tax: string, texts: BalanceCardTexts, language: Language, taxType?: TaxType): Fact[] {
  if (question.monthsLate !== undefined && !question.dueDate) return [{ title: texts.taxTitle, value: texts.taxPaidLate(tax, taxType, question.monthsLate) }];
  const date = (iso: string) => longDate(iso, false, language);
  return [
    { title: texts.taxTitle, value: taxType ? texts.tax(tax, taxType, date(question.dueDate)) : texts.taxOfAnyType(tax, date(question.dueDate)) },
    { title: texts.paidOnTitle, value: date(question.paymentDate) },
  ];
}

/** The Penalty Review Committee's line, for a penalty over its threshold. */
const committee = (penalty: number, texts: BalanceCardTexts): string[] =>
  Math.round(penalty * 100) > penaltyReviewRule.thresholdCents ? [texts.committeeApproval(dollars(penaltyReviewRule.thresholdCents / 100), penaltyReviewRule.citation)] : [];

function balanceHeadline(question: BalanceQuestion, estimate: BalanceEstimate, texts: BalanceCardTexts, language: Language): string {
  const total = dollars(estimate.total);
  if (question.asks === 'interest') {
    return estimate.months === 0 ? texts.interestOnTimeHeadline(total) : texts.interestHeadline(dollars(estimate.interest), monthsCounted(estimate, texts, language), total);
  }
  if (question.asks === 'penalty') return texts.penaltyHeadline(dollars(estimate.penalty), total);
  return texts.totalHeadline(total);
}

export function balanceResultMessage(channelId: string, question: BalanceQuestion, estimate: BalanceEstimate, language: Language = 'en'): Partial<Activity> {
  const texts = balanceCardTexts[language];
  const facts = taxAndPayment(question, dollars(estimate.tax), texts, language, question.taxType);
  if (estimate.months === 0) {
    facts.push({ title: texts.onTimeTitle, value: texts.onTime });
  } else {
    facts.push(
      { title: texts.penaltyTitle, value: penaltyLine(estimate, estimate.penaltyRule, question.taxType, texts) },
      { title: texts.interestTitle, value: interestLine(estimate, texts, language) },
    );
  }
  facts.push({ title: texts.totalTitle, value: dollars(estimate.total) });
  const assumed = question.taxAssumed && estimate.months > 0 ? [texts.assumedIncomeTax] : [];
  const extension = question.extension ? [texts.extensionPaid(dollars(question.extension.paidOnTime), dollars(question.extension.total), dollars(estimate.tax))] : [];
  return resultMessage(channelId, balanceHeadline(question, estimate, texts, language), facts, [...extension, ...assumed, ...committee(estimate.penalty, texts), ...texts.footer(estimate)]);
}

/** The late-payment penalty alone ("How much is the penalty on $350?"), with the interest that comes on top each month. */
export function penaltyResultMessage(channelId: string, question: Pick<BalanceQuestion, 'taxType' | 'taxAssumed'>, estimate: PenaltyEstimate, language: Language = 'en'): Partial<Activity> {
  const texts = balanceCardTexts[language];
  const facts: Fact[] = [
    { title: texts.taxTitle, value: texts.taxOfType(dollars(estimate.tax), question.taxType) },
    { title: texts.penaltyTitle, value: penaltyLine(estimate, { ...estimate.penaltyRule, applied: true }, question.taxType, texts) },
    { title: texts.interestTitle, value: texts.interestOnTop(dollars(estimate.interestPerMonth)) },
  ];
  const footer = [texts.penaltyOnce, ...committee(estimate.penalty, texts), ...(question.taxAssumed ? [texts.assumedIncomeTax] : []), texts.estimate];
  return resultMessage(channelId, texts.penaltyOnlyHeadline(dollars(estimate.penalty)), facts, footer);
}

/** Interest alone, for a question that asked only for it and did not say which tax. */
export function interestResultMessage(channelId: string, question: Pick<BalanceQuestion, 'dueDate' | 'paymentDate' | 'monthsLate'>, estimate: InterestEstimate, language: Language = 'en'): Partial<Activity> {
  const texts = balanceCardTexts[language];
  const facts: Fact[] = [
    ...taxAndPayment(question, dollars(estimate.tax), texts, language),
    {
      title: texts.interestTitle,
      value: estimate.months === 0 ? texts.onTime : interestLine(estimate, texts, language),
    },
  ];
  const headline = estimate.months === 0 ? texts.interestOnlyOnTimeHeadline : texts.interestOnlyHeadline(dollars(estimate.interest), monthsCounted(estimate, texts, language));
  return resultMessage(channelId, headline, facts, [texts.penaltyDependsOnTax, ...texts.footer(estimate)]);
}

export function deadlineResultMessage(channelId: string, deadline: NoticeDeadline, language: Language = 'en'): Partial<Activity> {
  const texts = deadlineTexts[language];
  const notice = texts.notices[deadline.kind];
  const date = (iso: string, withWeekday = false) => longDate(iso, withWeekday, language);
  const facts: Fact[] = [
    { title: texts.notice, value: texts.dated(notice.name, date(deadline.noticeDate)) },
    { title: texts.window, value: texts.days(deadline.days, deadline.citation) },
    { title: texts.lastDay, value: date(deadline.lastDay, true) },
  ];
  if (deadline.rolled) {
    facts.push(
      { title: texts.stillTimely, value: texts.rolled(date(deadline.timelyUntil, true), deadline.timelyRule.citation) },
      { title: texts.actBy, value: texts.toBeSafe(date(deadline.actBy, true)) },
    );
  }
  facts.push({ title: deadline.kind === 'assessment' ? texts.ifYouDisagree : texts.whatToDo, value: notice.action });
  const footer = [...(notice.caveat ? [notice.caveat] : []), texts.estimate];
  return resultMessage(channelId, texts.title(date(deadline.rolled ? deadline.actBy : deadline.lastDay, true)), facts, footer);
}

/** The words of a payment plan estimate, in one language; amounts and dates come formatted. */
export interface PlanCardTexts {
  title: (monthly: string) => string;
  monthlyTitle: string;
  monthly: (monthly: string, months: number, from: string, to: string) => string;
  owedAtStartTitle: string;
  interestTitle: string;
  interest: (total: string, citation: string) => string;
  totalPaidTitle: string;
  /** One payment of the schedule. */
  row: (payment: string, interest: string, left: string) => string;
  assumptions: (plan: PaymentPlanEstimate) => string[];
  notice: (plan: PaymentPlanEstimate) => string;
}

const planCardEn: PlanCardTexts = {
  title: (monthly) => `Payment plan estimate: ${monthly} a month`,
  monthlyTitle: 'Monthly payment',
  monthly: (monthly, months, from, to) => `${monthly} for ${months} months, ${from} to ${to}`,
  owedAtStartTitle: 'Owed at the start',
  interestTitle: 'Interest during the plan',
  interest: (total, citation) => `${total} (${citation})`,
  totalPaidTitle: 'Total paid',
  row: (payment, interest, left) => `${payment} (interest ${interest}; left ${left})`,
  assumptions: (plan) => plan.assumptions,
  notice: (plan) => plan.notice,
};

export const planCardTexts: InEachLanguage<PlanCardTexts> = { en: planCardEn, es: planCardEs };

export function planResultMessage(channelId: string, plan: PaymentPlanEstimate, months: number, language: Language = 'en'): Partial<Activity> {
  const texts = planCardTexts[language];
  const date = (iso: string) => longDate(iso, false, language);
  const first = plan.schedule[0];
  const last = plan.schedule.at(-1);
  const facts: Fact[] = [
    { title: texts.monthlyTitle, value: texts.monthly(dollars(plan.monthlyPayment), months, date(first?.date ?? ''), date(last?.date ?? '')) },
    { title: texts.owedAtStartTitle, value: dollars(plan.startingBalance) },
    { title: texts.interestTitle, value: texts.interest(dollars(plan.totalInterest), plan.interestRule.citation) },
    { title: texts.totalPaidTitle, value: dollars(plan.totalPaid) },
  ];
  if (channelId !== 'sms') {
    for (const row of plan.schedule) {
      facts.push({ title: date(row.date), value: texts.row(dollars(row.payment), dollars(row.interest), dollars(row.remaining)) });
    }
  }
  const footer = channelId === 'sms' ? [texts.notice(plan)] : [...texts.assumptions(plan), texts.notice(plan)];
  return resultMessage(channelId, texts.title(dollars(plan.monthlyPayment)), facts, footer);
}

/** The words of the refund claim window, in one language; dates come formatted. */
export interface RefundCardTexts {
  title: (lastDay: string) => string;
  /** The title when the claim date given (or today) is after the window. */
  closedTitle: (lastDay: string) => string;
  returnDueTitle: string;
  claimByTitle: string;
  claimBy: (lastDay: string, citation: string) => string;
  timelyUntilTitle: string;
  timelyUntil: (date: string) => string;
  lateTitle: string;
  late: (claimDate: string) => string;
  footer: string;
}

const refundCardEn: RefundCardTexts = {
  title: (lastDay) => `Refund claim window: until ${lastDay}`,
  closedTitle: (lastDay) => `Refund claim window: it ended ${lastDay}`,
  returnDueTitle: 'Return due',
  claimByTitle: 'Claim a refund by',
  claimBy: (lastDay, citation) => `${lastDay} (3 years, ${citation})`,
  timelyUntilTitle: 'Still timely until',
  timelyUntil: (date) => `${date}: the last day is a weekend or legal holiday (CGS §12-39a)`,
  lateTitle: 'Your claim date',
  late: (claimDate) => `${claimDate}: too late. That is after the 3-year window for refund claims.`,
  footer: 'Use the extended due date if you had an extension. This is an estimate; DRS decides each claim.',
};

export const refundCardTexts: InEachLanguage<RefundCardTexts> = { en: refundCardEn, es: refundCardEs };

/** `claimMonthOnly`: the taxpayer named only the claim's month ("June 2025"), so only the month is shown. */
export function refundWindowMessage(channelId: string, window: RefundClaimDeadline, language: Language = 'en', claimMonthOnly = false): Partial<Activity> {
  const texts = refundCardTexts[language];
  const facts: Fact[] = [
    { title: texts.returnDueTitle, value: longDate(window.dueDate, false, language) },
    { title: texts.claimByTitle, value: texts.claimBy(longDate(window.lastDay, true, language), window.citation) },
  ];
  if (window.timelyUntil !== window.lastDay) facts.push({ title: texts.timelyUntilTitle, value: texts.timelyUntil(longDate(window.timelyUntil, true, language)) });
  const claimDate = claimMonthOnly ? monthAndYear(window.claimDate, language) : longDate(window.claimDate, false, language);
  if (window.late) facts.push({ title: texts.lateTitle, value: texts.late(claimDate) });
  const title = window.late ? texts.closedTitle : texts.title;
  return resultMessage(channelId, title(longDate(window.lastDay, false, language)), facts, [texts.footer]);
}
