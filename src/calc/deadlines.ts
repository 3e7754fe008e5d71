import { CalcError } from './calcError.js';
import { addMonthsClamped, formatDate, parseDate } from './dates.js';
import { isBusinessDayOn, nextBusinessDay, previousBusinessDay } from './holidays.js';
import { timelyRule } from './rules.js';

export type NoticeKind = 'intent_to_offset' | 'assessment' | 'r859';

interface NoticeRule {
  days: number;
  name: string;
  action: string;
  citation: string;
  /** How sure the source is about the window. */
  caveat?: string;
}

export const noticeRules: Record<NoticeKind, NoticeRule> = {
  intent_to_offset: {
    days: 60,
    name: 'Notice of Intent to Offset',
    action:
      'Pay the debt in full, or request a review with evidence sent to Connecticut Department of Revenue Services, SIS Unit, 450 Columbus Blvd., Hartford CT 06103.',
    citation: 'DRS: Refund offset and Treasury Offset Program',
  },
  assessment: {
    days: 60,
    name: 'balance due (assessment) notice',
    action: 'File a written protest with the DRS Appellate Division (received, or US-postmarked, within the window).',
    citation: 'CGS §12-729(b); Connecticut balance due notice guide',
  },
  r859: {
    days: 10,
    name: 'R859 private collection referral notice',
    action: 'Pay, or contact DRS at 860-297-5962, before the account is referred to a private collection agency.',
    citation: 'Connecticut balance due notice guide',
    caveat: 'The 10 days are according to the notice; check the date printed on it.',
  },
};

export interface NoticeDeadline {
  kind: NoticeKind;
  noticeName: string;
  days: number;
  noticeDate: string;
  /** The last day of the window. */
  lastDay: string;
  /** The last day the act is still timely: `lastDay`, or the next business day when it is not one. */
  timelyUntil: string;
  rolled: boolean;
  action: string;
  citation: string;
  timelyRule: { label: string; citation: string };
  /** The last business day on or before `lastDay`: the safe day to act by. */
  actBy: string;
  caveat?: string;
  estimate: true;
}

const KINDS = Object.keys(noticeRules);

/** The window a notice gives, counted in calendar days from its date, rolled past weekends and holidays. */
export function noticeDeadline(input: { kind: NoticeKind; noticeDate: string }): NoticeDeadline {
  if (!KINDS.includes(input.kind)) {
    throw new CalcError('UNKNOWN_NOTICE_KIND', 'kind', `kind must be one of ${KINDS.join(', ')}.`);
  }
  const rule = noticeRules[input.kind];
  const noticeDate = parseDate(input.noticeDate, 'noticeDate');
  const lastDay = noticeDate.add(rule.days, 'day');
  const timely = nextBusinessDay(lastDay);
  const rolled = !timely.isSame(lastDay, 'day');
  return {
    kind: input.kind,
    noticeName: rule.name,
    days: rule.days,
    noticeDate: formatDate(noticeDate),
    lastDay: formatDate(lastDay),
    timelyUntil: formatDate(timely),
    rolled,
    action: rule.action,
    citation: rule.citation,
    timelyRule,
    actBy: formatDate(previousBusinessDay(lastDay)),
    ...(rule.caveat ? { caveat: rule.caveat } : {}),
    estimate: true,
  };
}

export interface RefundClaimDeadline {
  dueDate: string;
  lastDay: string;
  timelyUntil: string;
  citation: string;
  /** The day the claim would be made: the one the taxpayer gave, or today. */
  claimDate: string;
  /** Whether a claim made on `claimDate` comes after the window (too late for a refund under the rule). */
  late: boolean;
}

/** A refund claim must be made within 3 years of the return's due date (or extended due date). */
export function refundClaimDeadline(input: { dueDate: string; claimDate: string }): RefundClaimDeadline {
  const due = parseDate(input.dueDate, 'dueDate');
  const claimDate = formatDate(parseDate(input.claimDate, 'claimDate'));
  const lastDay = addMonthsClamped(due, 36);
  const timelyUntil = formatDate(nextBusinessDay(lastDay));
  return {
    dueDate: formatDate(due),
    lastDay: formatDate(lastDay),
    timelyUntil,
    citation: 'CGS §12-732(a)(1)',
    claimDate,
    late: claimDate > timelyUntil,
  };
}

/** Not a Saturday, Sunday or Connecticut legal holiday. */
export function isBusinessDay(date: string): boolean {
  return isBusinessDayOn(parseDate(date, 'date'));
}
