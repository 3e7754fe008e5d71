import { knowledgeActions } from '../../dialogs/dialogIds.js';
import { knownEmails, knownPhoneNumbers } from './contacts.js';
import { knowledgeDir } from '../paths.js';
import { loadKnowledge } from './loadKnowledge.js';
import type { KnowledgeEntry } from './schema.js';
import type { ValidationContext } from './validate.js';

/** What this project's knowledge is checked against: its dialogs and the reference contact table. */
export const validationContext: ValidationContext = {
  dialogs: Object.keys(knowledgeActions),
  phoneNumbers: knownPhoneNumbers,
  emails: knownEmails,
};

export function loadProjectKnowledge(dir = knowledgeDir): KnowledgeEntry[] {
  return loadKnowledge(dir, validationContext);
}
