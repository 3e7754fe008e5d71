import { knownEmails, knownPhoneNumbers } from './contacts.js';
import { loadKnowledge, loadTranslations } from './loadKnowledge.js';
import type { KnowledgeEntry } from './schema.js';
import type { ValidationContext } from './validate.js';

/**
 * The guided conversations a knowledge entry may start (its `action.dialog`), by the name content
 * editors use. The dialogs map each one to the dialog that runs it.
 */
export const KNOWLEDGE_ACTIONS = [
  'talkToPerson',
  'owedEstimate',
  'noticeDeadline',
  'planEstimate',
  'refundWindow',
  'noticeTriage',
  'offsetGuide',
  'paymentPlanCheck',
  'penaltyWaiver',
  'compromiseGuide',
  'priorityOne',
] as const;
export type KnowledgeAction = (typeof KNOWLEDGE_ACTIONS)[number];

/** What this project's knowledge is checked against: the actions above and the reference contact table. */
export const validationContext: ValidationContext = {
  dialogs: KNOWLEDGE_ACTIONS,
  phoneNumbers: knownPhoneNumbers,
  emails: knownEmails,
};

/** Loads and checks the knowledge folder (`knowledgeDir` in src/paths.ts for this project's). */
export function loadProjectKnowledge(dir: string): KnowledgeEntry[] {
  return loadKnowledge(dir, validationContext);
}

/** Loads and checks the Spanish versions of `entries` from the same folder. */
export function loadProjectTranslations(dir: string, entries: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  return loadTranslations(dir, entries, validationContext);
}
