import { otherContacts } from '../src/kb/contacts.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { NextSteps } from '../src/render/nextStepsMessage.js';
import { DATE_RETRY } from './calculatorPrompts.js';
import type { KeyedChoice } from './guideDialog.js';
import { commonSteps, sources } from './guideSources.js';
import { offsetPaidNextSteps } from './noticeNextSteps.js';
import { offsetGuideEs } from './offsetGuideChoices.es.js';

export type OffsetSituation = 'notice' | 'spouse' | 'bankruptcy' | 'paid' | 'garnishment' | 'posting';
export type OffsetNoticeOption = 'pay' | 'review';

export const OFFSET_SITUATIONS: readonly KeyedChoice<OffsetSituation>[] = [
  { key: 'notice', value: 'Intent to Offset', synonyms: ['notice of intent to offset', 'i got a notice', 'notice', 'certified letter'] },
  { key: 'spouse', value: "Spouse's debt", synonyms: ['joint return', 'spouse', 'husband', 'wife', 'injured spouse', '8379'] },
  { key: 'bankruptcy', value: 'Bankruptcy', synonyms: ['bankrupt', 'chapter 7', 'chapter 13', 'automatic stay'] },
  { key: 'paid', value: 'Already paid', synonyms: ['i already paid', 'paid in full', 'overpaid', 'overpayment'] },
  { key: 'garnishment', value: 'Garnishment too', synonyms: ['wage garnishment', 'garnishment', 'garnished', 'fms letter'] },
  { key: 'posting', value: 'When will it post?', synonyms: ['posting', 'how long', 'post', 'when will it show'] },
];

/** The entry each situation quotes. */
export const OFFSET_ENTRIES: Record<Exclude<OffsetSituation, 'notice'>, string> = {
  spouse: 'offset-joint-return-form-8379',
  bankruptcy: 'offset-bankruptcy',
  paid: 'offset-after-paid-in-full',
  garnishment: 'offset-garnishment-fms-letter',
  posting: 'offset-posting-time',
};

export const OFFSET_NOTICE_OPTIONS: readonly KeyedChoice<OffsetNoticeOption>[] = [
  { key: 'pay', value: 'Pay in full', synonyms: ['pay', 'i agree', 'agree'] },
  { key: 'review', value: 'Request a review', synonyms: ['review', 'i disagree', 'disagree', 'dispute', 'not mine', 'already paid'] },
];

const FOUR_WEEKS = { action: 'Allow at least four weeks for an offset to post to your DRS account.' };

export const offsetNextSteps: Record<Exclude<OffsetSituation, 'notice'>, NextSteps> = {
  spouse: {
    title: 'What to do next: claim your share with IRS Form 8379',
    steps: [
      { action: 'Send IRS Form 8379 (Injured Spouse Allocation) to the IRS center where you filed your original return.' },
      { action: `Get the form at www.irs.gov or call the IRS at ${otherContacts.irsFormsPhone}; for help with it, call ${otherContacts.irsQuestionsPhone}.` },
      { action: 'The IRS tells DRS when it apportions the refund, and DRS adjusts your account.' },
    ],
    source: sources.offsetFaq,
  },
  bankruptcy: {
    title: 'What to do next: tell the Bankruptcy Unit',
    steps: [
      {
        action: `Call the DRS Bankruptcy Unit at ${otherContacts.bankruptcyUnitPhone} (${otherContacts.bankruptcyUnitHours}) with your bankruptcy case number and the court. While the automatic stay is in effect, your federal refund is not offset.`,
      },
      { action: 'Keep filing your tax returns.' },
    ],
    source: sources.offsetFaq,
  },
  paid: {
    title: 'What to do next: confirm your balance',
    steps: [
      { action: `${commonSteps.callDrs} A representative can confirm your balance.` },
      { action: 'DRS refunds any overpayment once the offset posts; from a joint return it is issued in both names.' },
      FOUR_WEEKS,
    ],
    source: sources.offsetFaq,
  },
  garnishment: offsetPaidNextSteps,
  posting: {
    title: 'What to do next: allow time to post',
    steps: [FOUR_WEEKS, { action: 'If the offset paid more than you owed, DRS refunds the overpayment once it posts.' }],
    source: sources.offsetFaq,
  },
};

export const offsetNoticeNextSteps = (choice: OffsetNoticeOption, by?: string): NextSteps =>
  choice === 'pay'
    ? {
        title: 'What to do next: pay in full',
        steps: [{ action: `${commonSteps.payInFull} If you pay online, you do not need to mail the coupon.`, by }, { action: commonSteps.keepProof }],
        source: sources.offsetFaq,
      }
    : { title: 'What to do next: request a review', steps: [{ action: commonSteps.requestReview, by }], source: sources.offsetFaq };

/** Everything the refund offset guide says, in one language; choices keep the same keys in the same order in each. */
export interface OffsetGuideTexts {
  situations: readonly KeyedChoice<OffsetSituation>[];
  askSituation: string;
  askNoticeDate: string;
  dateRetry: string;
  askPayOrReview: string;
  noticeOptions: readonly KeyedChoice<OffsetNoticeOption>[];
  nextSteps: Record<Exclude<OffsetSituation, 'notice'>, NextSteps>;
  noticeNextSteps: (choice: OffsetNoticeOption, by?: string) => NextSteps;
}

const offsetGuideEn: OffsetGuideTexts = {
  situations: OFFSET_SITUATIONS,
  askSituation: 'What best describes your situation?',
  askNoticeDate: 'What is the date printed on your Notice of Intent to Offset? For example May 5, 2026.',
  dateRetry: DATE_RETRY,
  askPayOrReview: 'Do you want to pay the debt in full, or request a review because it is not past due, not enforceable or already paid?',
  noticeOptions: OFFSET_NOTICE_OPTIONS,
  nextSteps: offsetNextSteps,
  noticeNextSteps: offsetNoticeNextSteps,
};

export const offsetGuideTexts: InEachLanguage<OffsetGuideTexts> = { en: offsetGuideEn, es: offsetGuideEs };
