import type { NoticeDeadline } from '../src/calc/index.js';
import { otherContacts } from '../src/kb/contacts.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { NextSteps } from '../src/render/nextStepsMessage.js';
import { commonSteps, sources } from './guideSources.js';
import type { LetterKind } from './noticeChoices.js';
import { noticeNextStepsEs } from './noticeNextSteps.es.js';

/** The day to act by: the safe business day inside the window, when the letter has one. */
export const actBy = (deadline: NoticeDeadline | undefined): string | undefined => deadline?.actBy;

export function payNextSteps(deadline: NoticeDeadline | undefined): NextSteps {
  return {
    title: 'What to do next: pay in full',
    steps: [{ action: commonSteps.payInFull, by: actBy(deadline) }, { action: commonSteps.keepProof }],
    source: deadline?.kind === 'intent_to_offset' ? sources.offsetFaq : sources.noticeGuide,
  };
}

export function disagreeNextSteps(kind: LetterKind, deadline: NoticeDeadline | undefined): NextSteps {
  const by = actBy(deadline);
  if (kind === 'intent_to_offset') {
    return { title: 'What to do next: request a review', steps: [{ action: commonSteps.requestReview, by }], source: sources.offsetFaq };
  }
  if (kind === 'r859') {
    return {
      title: 'What to do next: tell DRS you disagree',
      steps: [
        { action: `${commonSteps.callDrs} Say why you disagree before the account is referred.`, by },
        { action: 'A written protest to the DRS Appellate Division is due within 60 days of the original balance due notice. If that notice is recent, protest in writing too.' },
      ],
      source: sources.noticeGuide,
    };
  }
  return {
    title: 'What to do next: protest in writing',
    steps: [
      {
        action:
          'Send a written protest to the DRS Appellate Division at the address on your notice. Explain why you disagree and include copies of your documents. It must be received, or postmarked by the U.S. Postal Service, within the 60 days.',
        by,
      },
      { action: 'To stop interest growing while you wait, you may pay the disputed amount under protest; DRS refunds it if you win.' },
      { action: 'Keep copies of everything you send.' },
    ],
    source: `${sources.noticeGuide}; CGS §12-729(b)`,
  };
}

export const offsetPaidNextSteps: NextSteps = {
  title: 'What to do next: send DRS the FMS letter',
  steps: [
    { action: `Send a copy of the FMS letter about your federal refund offset right away to ${otherContacts.collectionsWarrantsAddress}, or fax it to the Wage Unit at ${otherContacts.wageUnitFax}.` },
    { action: 'Keep a copy of the letter and a record of when you mailed or faxed it.' },
  ],
  source: sources.offsetFaq,
};

export const unsureNextSteps: NextSteps = {
  title: 'What to do next: ask DRS which notice it is',
  steps: [{ action: `${commonSteps.callDrs} DRS can tell you which notice it is and the date that matters.` }],
  source: sources.noticeGuide,
};

/** How notice triage ends, in one language. */
export interface NoticeNextStepsTexts {
  pay: (deadline: NoticeDeadline | undefined) => NextSteps;
  disagree: (kind: LetterKind, deadline: NoticeDeadline | undefined) => NextSteps;
  offsetPaid: NextSteps;
  unsure: NextSteps;
}

const noticeNextStepsEn: NoticeNextStepsTexts = {
  pay: payNextSteps,
  disagree: disagreeNextSteps,
  offsetPaid: offsetPaidNextSteps,
  unsure: unsureNextSteps,
};

export const noticeNextStepsTexts: InEachLanguage<NoticeNextStepsTexts> = { en: noticeNextStepsEn, es: noticeNextStepsEs };
