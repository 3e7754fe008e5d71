import { drsContacts, otherContacts, priorityOneContacts } from '../src/kb/contacts.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { commonStepsEs, sourcesEs } from './guideSources.es.js';

/** The source documents guided conversations cite. */
export interface GuideSources {
  noticeGuide: string;
  offsetFaq: string;
  priorityOne: string;
}

export const sources = {
  noticeGuide: 'Connecticut balance due notice guide',
  offsetFaq: 'DRS: Refund offset and Treasury Offset Program',
  priorityOne: `DRS Priority One guidance as of ${priorityOneContacts.guidanceDate}`,
} as const satisfies GuideSources;

/** Steps several guides end with, worded once. */
export interface CommonSteps {
  payInFull: string;
  keepProof: string;
  callDrs: string;
  requestReview: string;
}

export const commonSteps = {
  payInFull:
    'Pay in full through myconneCT, or mail certified funds or a money order payable to the "Commissioner of Revenue Services" to the payment address on your notice. Write your account number and correspondence ID on it.',
  keepProof: 'Keep proof of payment, such as your bank record or the money order stub.',
  callDrs: `Call DRS at ${drsContacts.phone} (${drsContacts.tollFree} ${drsContacts.tollFreeNote}) with your notice in front of you.`,
  requestReview: `Request a review: send evidence that the debt is not past due, not legally enforceable or already paid to ${otherContacts.sisUnitAddress}. Keep a copy.`,
} as const satisfies CommonSteps;

/** The sources in each language: document titles stay as published, the Priority One date in the language's words. */
export const sourcesIn: InEachLanguage<GuideSources> = { en: sources, es: sourcesEs };

export const commonStepsIn: InEachLanguage<CommonSteps> = { en: commonSteps, es: commonStepsEs };
