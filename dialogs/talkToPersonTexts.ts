import { drsContacts } from '../src/kb/contacts.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { OfferedAction } from './faqResponder.js';
import { talkToPersonTextsEs } from './talkToPersonTexts.es.js';

export const generalContactText = [
  `Call DRS at ${drsContacts.phone} (${drsContacts.phoneNote}) or ${drsContacts.tollFree} (${drsContacts.tollFreeNote}).`,
  `Email: ${drsContacts.email}`,
  'Have your notice in front of you when you call.',
].join('\n\n');

export const NOT_ELIGIBLE_OFFER = 'These may help instead:';

/** What "talk to a person" says before any screening or intake, and what follows a screening that ends without a case. */
export interface TalkToPersonTexts {
  collectionQuestion: string;
  collectionRetry: string;
  contactTitle: string;
  generalContact: string;
  wantContact: string;
  notEligibleOffer: string;
  notEligibleActions: readonly OfferedAction[];
}

const talkToPersonTextsEn: TalkToPersonTexts = {
  collectionQuestion:
    'Before I point you to the right people, one question. A DRS collection action is a payment plan, bank levy, wage garnishment, lien or offer of compromise. Is this about one that COVID-19 made hard for you to keep up with?',
  collectionRetry: 'Please answer Yes, No or Not sure.',
  contactTitle: 'Contact DRS',
  generalContact: generalContactText,
  wantContact: 'Or would you like a DRS representative to contact you?',
  notEligibleOffer: NOT_ELIGIBLE_OFFER,
  notEligibleActions: [
    { label: 'Can I get a plan?', action: 'paymentPlanCheck' },
    { label: 'Ask for a waiver', action: 'penaltyWaiver' },
  ],
};

export const talkToPersonTexts: InEachLanguage<TalkToPersonTexts> = { en: talkToPersonTextsEn, es: talkToPersonTextsEs };
