import type { InEachLanguage } from '../src/lib/language.js';
import type { KeyedChoice } from './guideDialog.js';
import { sources } from './guideSources.js';
import { penaltyWaiverEs } from './penaltyWaiverTexts.es.js';

/** What kept the taxpayer from paying or filing on time. */
export type WaiverCause = 'illness' | 'disaster' | 'advice' | 'other';

/** Everything the penalty waiver guide says, in one language; the causes keep the same keys in the same order in each. */
export interface PenaltyWaiverTexts {
  causes: readonly KeyedChoice<WaiverCause>[];
  askCause: string;
  /** What reasonable cause means, for a cause not on the list. */
  otherCause: string;
  askAmount: string;
  title: string;
  /** What to gather, by cause. */
  gatherProof: (cause: WaiverCause) => string;
  fileForm: string;
  keepPaying: string;
  /** The Penalty Review Committee, when the waiver is (`sure`) or may be over $5,000. */
  committee: (sure: boolean) => string;
  source: string;
}

const PROOF: Record<WaiverCause, string> = {
  illness: 'medical records or a doctor’s note covering the dates',
  disaster: 'insurance claims or other records showing the disaster and its dates',
  advice: 'a copy of the written advice DRS gave you',
  other: 'records showing what happened and when',
};

const penaltyWaiverEn: PenaltyWaiverTexts = {
  causes: [
    { key: 'illness', value: 'Serious illness', synonyms: ['illness', 'sick', 'hospital', 'medical', 'death in the family'] },
    { key: 'disaster', value: 'Natural disaster', synonyms: ['disaster', 'flood', 'fire', 'hurricane', 'storm'] },
    { key: 'advice', value: "DRS's written advice", synonyms: ['drs advice', 'wrong advice', 'incorrect advice', 'written advice', 'drs told me'] },
    { key: 'other', value: 'Something else', synonyms: ['other', 'something else', 'none of these'] },
  ],
  askCause: 'What kept you from paying or filing on time?',
  otherCause: 'Reasonable cause means something beyond your control kept you from paying or filing on time. DRS decides each request, so explain fully and attach proof.',
  askAmount: 'Is the penalty you want waived more than $5,000?',
  title: 'What to do next: ask for a penalty waiver',
  gatherProof: (cause) => `Gather proof: ${PROOF[cause]}.`,
  fileForm: 'File Form DRS-PW in myconneCT, or by mail, with a detailed written explanation of what happened and your proof. DRS answers in writing.',
  keepPaying: 'Keep paying the tax and interest. Interest is never waived and keeps adding up at 1% a month.',
  committee: (sure) =>
    `${sure ? 'Because' : 'If'} the waiver is over $5,000, the Penalty Review Committee must also approve it (CGS §12-3a), so the decision may take longer.`,
  source: `${sources.noticeGuide}; CGS §12-3a`,
};

export const penaltyWaiverTexts: InEachLanguage<PenaltyWaiverTexts> = { en: penaltyWaiverEn, es: penaltyWaiverEs };
