import { ineligibleExplanations } from '../src/handoff/eligibility.js';
import type { IneligibleReason } from '../src/handoff/eligibility.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { PromptChoice } from './choicePromptOptions.js';
import { priorityOneTextsEs } from './priorityOneTexts.es.js';

/**
 * Everything the Priority One screening says, in one language. `mentioned` is the names of the
 * collection actions the conversation already named, if any. What the answers suggest is said,
 * never that the program fits: DRS decides each case.
 */
export interface PriorityOneTexts {
  intro(mentioned: string | undefined): string;
  typeQuestion: string;
  /** Individual, business: read by index. */
  types: readonly PromptChoice[];
  smsActionsQuestion(mentioned: string | undefined): string;
  smsActionsRetry: string;
  cardActionsQuestion(mentioned: string | undefined): string;
  cardActionsRetry: string;
  /** What was ticked on the card, said back; `none` when nothing but "None of these" was. */
  chose(names: string): string;
  noneChosen: string;
  covidQuestion: string;
  mayHelp: string;
  notEligible: Record<IneligibleReason, string>;
}

const ACTIONS_QUESTION = 'Which DRS collection actions apply to you now?';
const SMS_ACTIONS_HINT = 'You can reply with more than one number, such as 1 and 3.';
const alsoMentioned = (mentioned: string | undefined) => (mentioned ? ` You mentioned: ${mentioned}; add any others.` : '');

const priorityOneTextsEn: PriorityOneTexts = {
  intro: (mentioned) =>
    `${mentioned ? `You mentioned: ${mentioned}. ` : ''}Priority One helps individuals and businesses under a DRS collection action who were affected by COVID-19. I will ask three quick questions to see whether it may apply to you; DRS decides each case. (DRS guidance as of April 17, 2020; confirm with DRS.)`,
  typeQuestion: 'Are you asking as an individual or for a business?',
  types: [
    { value: 'Individual', synonyms: ['me', 'myself', 'personal', 'individual taxpayer', 'person'] },
    { value: 'Business', synonyms: ['my business', 'company', 'employer', 'store', 'llc'] },
  ],
  smsActionsQuestion: (mentioned) => `${ACTIONS_QUESTION} Choose all that apply.${alsoMentioned(mentioned)} ${SMS_ACTIONS_HINT}`,
  smsActionsRetry: `Please choose from the list (or "None of these"). ${SMS_ACTIONS_HINT}`,
  cardActionsQuestion: (mentioned) => `${ACTIONS_QUESTION}${alsoMentioned(mentioned)}`,
  cardActionsRetry: 'Please tick every action that applies (or "None of these"), then choose Done. You can also type them, such as "bank levy and lien".',
  chose: (names) => `You chose: ${names}.`,
  noneChosen: 'none of these',
  covidQuestion: 'Did COVID-19 affect your ability to keep up with it, for example through lost income, illness or a closed business?',
  mayHelp: 'From your answers, Priority One may apply to you. DRS decides each case, and this program is from its guidance as of April 17, 2020. I can pass your case to a DRS representative now.',
  notEligible: ineligibleExplanations,
};

export const priorityOneTexts: InEachLanguage<PriorityOneTexts> = { en: priorityOneTextsEn, es: priorityOneTextsEs };
