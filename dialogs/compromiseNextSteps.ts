import type { InEachLanguage } from '../src/lib/language.js';
import type { NextSteps } from '../src/render/nextStepsMessage.js';
import { compromiseEs } from './compromiseNextSteps.es.js';
import type { KeyedChoice } from './guideDialog.js';
import { commonSteps, sources } from './guideSources.js';

/** The ways the guide offers: settle for less, pause collection, or not sure which. */
export type CompromisePath = 'offer' | 'hardship' | 'notSure';

export const COMPROMISE_PATHS: readonly KeyedChoice<CompromisePath>[] = [
  { key: 'offer', value: 'Settle for less', synonyms: ['offer in compromise', 'offer', 'oic', 'settle', 'settlement', 'compromise'] },
  { key: 'hardship', value: 'Pause collection', synonyms: ['hardship', 'hardship suspension', 'suspend', 'suspension', 'pause', 'stop collection'] },
  { key: 'notSure', value: 'Not sure', synonyms: ['unsure', 'dont know', "don't know", 'both', 'explain'] },
];

export const COMPROMISE_EXPLAINED = [
  'Two ways DRS can help when you cannot pay:',
  '- An offer in compromise settles the debt for less than you owe. It is for people with real doubt that the tax is correct or that they can ever pay it in full. You need all returns filed, no active bankruptcy or criminal investigation, and a full financial disclosure.',
  '- A temporary hardship suspension pauses garnishments, levies and seizures when paying would keep you from basic living expenses. The tax stays due and interest keeps adding up.',
].join('\n');

export type CompromiseOutcome = 'offer' | 'offerFileFirst' | 'offerBlocked' | 'hardship' | 'askDrs';

export function compromiseNextSteps(outcome: CompromiseOutcome, by?: string): NextSteps {
  const source = sources.noticeGuide;
  switch (outcome) {
    case 'offer':
      return {
        title: 'What to do next: prepare an offer in compromise',
        steps: [
          { action: 'Prepare a complete financial disclosure: your income, assets and monthly expenses, with proof such as pay stubs, bank statements and bills.' },
          { action: `${commonSteps.callDrs} Ask how to submit an offer.`, by },
          { action: 'Keep making voluntary payments while DRS reviews it. An offer does not stop garnishments or levies unless DRS formally suspends them.' },
        ],
        source,
      };
    case 'offerFileFirst':
      return {
        title: 'What to do next: file your missing returns',
        steps: [
          { action: 'File every Connecticut return you have not filed. DRS considers an offer only when all returns are filed.' },
          { action: commonSteps.callDrs, by },
        ],
        source,
      };
    case 'offerBlocked':
      return {
        title: 'What to do next: talk to DRS',
        steps: [{ action: `An offer in compromise is not available during an active bankruptcy or a criminal investigation. ${commonSteps.callDrs}`, by }],
        source,
      };
    case 'askDrs':
      return {
        title: 'What to do next: ask DRS which fits',
        steps: [{ action: `${commonSteps.callDrs} Ask whether an offer in compromise or a hardship suspension fits your situation.`, by }],
        source,
      };
    case 'hardship':
      return {
        title: 'What to do next: ask for a hardship suspension',
        steps: [
          { action: 'Gather your income and expense records: bank statements, pay records, and proof of ongoing expenses such as rent and utilities.' },
          { action: `${commonSteps.callDrs} Ask for a temporary collection suspension because of hardship.`, by },
          { action: 'The balance stays due and interest keeps adding up at 1% a month; the suspension only pauses garnishments, levies and seizures.' },
        ],
        source,
      };
  }
}

/** Everything the settle-or-pause guide says, in one language; the paths keep the same keys in the same order in each. */
export interface CompromiseTexts {
  paths: readonly KeyedChoice<CompromisePath>[];
  askPath: string;
  /** Asked again after both ways were explained. */
  askPathAgain: string;
  explained: string;
  askBasicNeeds: string;
  askFiled: string;
  /** Said before the payment plan check, when paying would not keep the taxpayer from basic needs. */
  planFitsBetter: string;
  askBlocked: string;
  nextSteps: (outcome: CompromiseOutcome, by?: string) => NextSteps;
}

const compromiseEn: CompromiseTexts = {
  paths: COMPROMISE_PATHS,
  askPath: 'Which would help you?',
  askPathAgain: 'Which sounds closer to what you need?',
  explained: COMPROMISE_EXPLAINED,
  askBasicNeeds: 'Would paying keep you from covering basic living expenses, such as rent, utilities or food?',
  askFiled: 'Have you filed all your Connecticut tax returns?',
  planFitsBetter: 'Then a payment plan may fit better. Let us check.',
  askBlocked: 'Are you in an active bankruptcy, or under a criminal investigation?',
  nextSteps: compromiseNextSteps,
};

export const compromiseTexts: InEachLanguage<CompromiseTexts> = { en: compromiseEn, es: compromiseEs };
