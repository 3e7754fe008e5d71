import type { NoticeKind } from '../src/calc/index.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { KeyedChoice } from './guideDialog.js';
import { noticeTriageEs } from './noticeChoices.es.js';
import { sources } from './guideSources.js';

/** The letters notice triage tells apart; a garnishment or levy is a collection already under way. */
export type LetterKind = NoticeKind | 'collection';

export const letterChoices: readonly KeyedChoice<LetterKind | 'notSure'>[] = [
  { key: 'assessment', value: 'Balance due notice', synonyms: ['balance due', 'assessment', 'tax bill', 'bill'] },
  { key: 'r859', value: 'R859 notice', synonyms: ['r859', 'r 859', 'collection referral', 'collection agency'] },
  { key: 'intent_to_offset', value: 'Intent to Offset', synonyms: ['notice of intent to offset', 'offset', 'federal refund'] },
  { key: 'collection', value: 'Garnishment or levy', synonyms: ['wage garnishment', 'garnishment', 'wage execution', 'bank levy', 'levy', 'bank warrant'] },
  { key: 'notSure', value: 'Not sure', synonyms: ['unsure', 'dont know', "don't know", 'no idea'] },
];

export const WHICH_NOTICE_HINT = [
  'Look at the top of the letter: the notice name (or a code such as R859) and the notice date are printed there.',
  '- A balance due notice lists the tax, penalty and interest you owe and the tax period.',
  '- An R859 says your debt will go to a private collection agency if you do not pay within 10 days.',
  '- A Notice of Intent to Offset comes by certified mail and says DRS may take your federal tax refund.',
  '- A wage garnishment (wage execution) or bank levy (bank warrant) is about money taken from your pay or your bank account.',
].join('\n');

/** What the taxpayer can do about the letter, each a step they can take now. */
export type LetterOption = 'pay' | 'plan' | 'disagree' | 'covid' | 'hardship' | 'offsetPaid';

const PAY: KeyedChoice<LetterOption> = { key: 'pay', value: 'Pay in full', synonyms: ['i agree', 'agree', 'pay', 'pay it', 'how do i pay'] };
const PLAN: KeyedChoice<LetterOption> = {
  key: 'plan',
  value: "Can't pay in full",
  synonyms: ['cannot pay in full', 'cant pay', "can't pay", 'payment plan', 'installment plan', 'pay over time'],
};
const DISAGREE: KeyedChoice<LetterOption> = { key: 'disagree', value: 'I disagree', synonyms: ['disagree', 'dispute', 'protest', 'appeal', 'wrong', 'i do not owe this'] };
const REVIEW: KeyedChoice<LetterOption> = { ...DISAGREE, value: 'Request a review', synonyms: [...(DISAGREE.synonyms ?? []), 'review', 'i disagree'] };
const COVID: KeyedChoice<LetterOption> = { key: 'covid', value: 'COVID-19 hardship', synonyms: ['covid', 'covid 19', 'pandemic', 'priority one', 'coronavirus'] };
const HARDSHIP: KeyedChoice<LetterOption> = {
  key: 'hardship',
  value: "Can't afford basics",
  synonyms: ['hardship', 'financial hardship', "can't afford", 'cannot afford', 'rent', 'suspend', 'pause'],
};
const OFFSET_PAID: KeyedChoice<LetterOption> = {
  key: 'offsetPaid',
  value: 'Offset paid it',
  synonyms: ['federal offset', 'offset paid', 'fms letter', 'my refund paid it'],
};

/** The options for each letter; every language lists the same keys in the same order. */
export type LetterOptions = Record<LetterKind, readonly KeyedChoice<LetterOption>[]>;

export const letterOptions: LetterOptions = {
  assessment: [PAY, PLAN, DISAGREE, COVID],
  r859: [PAY, PLAN, DISAGREE, COVID],
  intent_to_offset: [PAY, PLAN, REVIEW, COVID],
  collection: [PAY, PLAN, HARDSHIP, OFFSET_PAID, COVID],
};

const GARNISH = /\b(garnish\w*|wage execution|levy|levied|bank warrant|embarg\w*)\b/i;

export const letterKindIn = (text: string, noticeKind: NoticeKind | undefined): LetterKind | undefined =>
  GARNISH.test(text) ? 'collection' : noticeKind;

/** Everything notice triage asks and offers, in one language. */
export interface NoticeTriageTexts {
  whichNotice: string;
  /** Asked again after the hint on telling the notices apart. */
  whichLooksLike: string;
  whichNoticeRetry: string;
  letterChoices: readonly KeyedChoice<LetterKind | 'notSure'>[];
  whichNoticeHint: string;
  noticeDate: string;
  /** A garnishment or levy has no response window. */
  collectionStarted: string;
  whatToDo: string;
  letterOptions: LetterOptions;
}

const noticeTriageEn: NoticeTriageTexts = {
  whichNotice: 'Which notice did you get?',
  whichLooksLike: 'Which one does your letter look like?',
  whichNoticeRetry: 'Please choose the notice that matches your letter, or "Not sure".',
  letterChoices,
  whichNoticeHint: WHICH_NOTICE_HINT,
  noticeDate: 'What is the date printed on the notice? For example May 5, 2026.',
  collectionStarted: `A wage garnishment or a bank levy means collection has already started, so there is no response window to count: act now. Source: ${sources.noticeGuide}.`,
  whatToDo: 'What would you like to do?',
  letterOptions,
};

export const noticeTriageTexts: InEachLanguage<NoticeTriageTexts> = { en: noticeTriageEn, es: noticeTriageEs };
