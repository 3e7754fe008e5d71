import { noticeRules } from '../calc/index.js';
import type { NoticeKind } from '../calc/index.js';
import type { InEachLanguage } from '../lib/language.js';
import { deadlineTextsEs } from './deadlineTexts.es.js';

/** What a notice's deadline says about the notice: its name, what to do within the window, and how sure the window is. */
export interface NoticeWords {
  name: string;
  action: string;
  caveat?: string;
}

/** Everything a notice's deadline says, in one language; dates come already written in it. */
export interface DeadlineTexts {
  notices: Record<NoticeKind, NoticeWords>;
  title: (date: string) => string;
  notice: string;
  dated: (name: string, date: string) => string;
  window: string;
  days: (days: number, citation: string) => string;
  lastDay: string;
  stillTimely: string;
  /** Why the last day moved: a weekend or legal holiday, and the rule that says so. */
  rolled: (date: string, citation: string) => string;
  actBy: string;
  toBeSafe: (date: string) => string;
  /** A balance due notice's window is for a protest; paying or a plan does not wait for it. */
  ifYouDisagree: string;
  whatToDo: string;
  estimate: string;
}

const wordsOf = (kind: NoticeKind): NoticeWords => {
  const { name, action, caveat } = noticeRules[kind];
  return { name, action, ...(caveat ? { caveat } : {}) };
};

const deadlineTextsEn: DeadlineTexts = {
  notices: { intent_to_offset: wordsOf('intent_to_offset'), assessment: wordsOf('assessment'), r859: wordsOf('r859') },
  title: (date) => `Your deadline: ${date}`,
  notice: 'Notice',
  dated: (name, date) => `${name}, dated ${date}`,
  window: 'Window',
  days: (days, citation) => `${days} days (${citation})`,
  lastDay: 'Last day',
  stillTimely: 'Still timely until',
  rolled: (date, citation) => `${date}: the last day is a weekend or legal holiday (${citation})`,
  actBy: 'Act by',
  toBeSafe: (date) => `${date}, to be safe`,
  ifYouDisagree: 'If you disagree',
  whatToDo: 'What to do',
  estimate: 'This is an estimate from the notice date; the date on your notice governs.',
};

export const deadlineTexts: InEachLanguage<DeadlineTexts> = { en: deadlineTextsEn, es: deadlineTextsEs };
