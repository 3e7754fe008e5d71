import { CardFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { BalanceEstimate, NoticeDeadline, PaymentPlanEstimate, RefundClaimDeadline, TaxType } from '../calc/index.js';
import { formatAmount, taxTypeNames } from '../calc/index.js';
import type { Language } from '../lib/language.js';
import { deadlineTexts } from './deadlineTexts.js';
import { longDate } from './format.js';

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
}

/** The months interest counts, in plain words: "6 months, April 16, 2024 to October 15, 2024 (a part of a month counts as a whole month)". */
function monthsCounted(estimate: BalanceEstimate): string {
  const months = `${estimate.months} month${estimate.months === 1 ? '' : 's'}`;
  return `${months}, ${longDate(estimate.firstMonth?.start ?? '')} to ${longDate(estimate.lastMonth?.end ?? '')} (a part of a month counts as a whole month)`;
}

function balanceHeadline(question: BalanceQuestion, estimate: BalanceEstimate): string {
  const total = `${dollars(estimate.total)} in all`;
  if (question.asks === 'interest') {
    return estimate.months === 0
      ? `Estimated interest: $0.00, paid on or before the due date (${total})`
      : `Estimated interest: ${dollars(estimate.interest)} for ${monthsCounted(estimate)}; ${total} with tax and penalty`;
  }
  if (question.asks === 'penalty') return `Estimated penalty: ${dollars(estimate.penalty)}; ${total} with tax and interest`;
  return `Estimate: ${total}`;
}

export function balanceResultMessage(channelId: string, question: BalanceQuestion, estimate: BalanceEstimate): Partial<Activity> {
  const facts: Fact[] = [
    { title: 'Tax', value: `${dollars(estimate.tax)} of ${taxTypeNames[question.taxType]}, due ${longDate(question.dueDate)}` },
    { title: 'Paid on', value: longDate(question.paymentDate) },
  ];
  if (estimate.months === 0) {
    facts.push({ title: 'Penalty and interest', value: '$0.00: paid on or before the due date' });
  } else {
    const rule = estimate.penaltyRule;
    facts.push(
      { title: 'Penalty', value: `${dollars(estimate.penalty)}: ${rule.label} (${rule.citation})` },
      {
        title: 'Interest',
        value:
          `${dollars(estimate.interest)}: ${estimate.months} month${estimate.months === 1 ? '' : 's'} × ${dollars(estimate.interestPerMonth)} ` +
          `(1% per month or part of a month, ${longDate(estimate.firstMonth?.start ?? '')} to ${longDate(estimate.lastMonth?.end ?? '')}; ${estimate.interestRule.citation})`,
      },
    );
  }
  facts.push({ title: 'Total', value: dollars(estimate.total) });
  return resultMessage(channelId, balanceHeadline(question, estimate), facts, [estimate.notice, 'Interest cannot be waived. Paying sooner lowers it.']);
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

export function planResultMessage(channelId: string, plan: PaymentPlanEstimate, months: number): Partial<Activity> {
  const first = plan.schedule[0];
  const last = plan.schedule.at(-1);
  const facts: Fact[] = [
    { title: 'Monthly payment', value: `${dollars(plan.monthlyPayment)} for ${months} months, ${longDate(first?.date ?? '')} to ${longDate(last?.date ?? '')}` },
    { title: 'Owed at the start', value: dollars(plan.startingBalance) },
    { title: 'Interest during the plan', value: `${dollars(plan.totalInterest)} (${plan.interestRule.citation})` },
    { title: 'Total paid', value: dollars(plan.totalPaid) },
  ];
  if (channelId !== 'sms') {
    for (const row of plan.schedule) {
      facts.push({ title: longDate(row.date), value: `${dollars(row.payment)} (interest ${dollars(row.interest)}; left ${dollars(row.remaining)})` });
    }
  }
  const footer = channelId === 'sms' ? [plan.notice] : [...plan.assumptions, plan.notice];
  return resultMessage(channelId, `Payment plan estimate: ${dollars(plan.monthlyPayment)} a month`, facts, footer);
}

export function refundWindowMessage(channelId: string, window: RefundClaimDeadline): Partial<Activity> {
  const facts: Fact[] = [
    { title: 'Return due', value: longDate(window.dueDate) },
    { title: 'Claim a refund by', value: `${longDate(window.lastDay, true)} (3 years, ${window.citation})` },
  ];
  if (window.timelyUntil !== window.lastDay) facts.push({ title: 'Still timely until', value: `${longDate(window.timelyUntil, true)}: the last day is a weekend or legal holiday (CGS §12-39a)` });
  return resultMessage(channelId, `Refund claim window: until ${longDate(window.lastDay)}`, facts, [
    'Use the extended due date if you had an extension. This is an estimate; DRS decides each claim.',
  ]);
}
