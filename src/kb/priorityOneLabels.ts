import { priorityOneContacts } from './contacts.js';

export interface SourceText {
  /** Path relative to the project, for messages. */
  path: string;
  text: string;
}

/** A Priority One contact written out, or read from the contact table field by field. */
const escaped = (literal: string) => literal.replace(/[.]/g, '\\.');
const CONTACT = new RegExp(`${escaped(priorityOneContacts.phone)}|${escaped(priorityOneContacts.email)}|priorityOneContacts\\.(phone|email|hours)\\b`);
/** The contact table, and this check. */
const KEEPERS = ['src/kb/contacts.ts', 'src/kb/contacts.es.ts', 'src/kb/priorityOneLabels.ts'];
const LABEL = new RegExp(`${priorityOneContacts.guidanceDate}|guidanceDate`);

/**
 * Lines of the assistant's fixed texts that give a 2020 Priority One contact without the date of
 * the guidance it comes from. `priorityOneReach()` gives them labelled; the contact table itself
 * is where they are kept.
 */
export function unlabelledPriorityOneContacts(files: readonly SourceText[]): string[] {
  return files
    .filter((file) => !KEEPERS.some((keeper) => file.path.endsWith(keeper)))
    .flatMap((file) =>
      file.text.split('\n').flatMap((line, index) =>
        CONTACT.test(line) && !LABEL.test(line)
          ? [`${file.path}:${index + 1}: a Priority One contact without "as of ${priorityOneContacts.guidanceDate}" (use priorityOneReach()): ${line.trim().slice(0, 120)}`]
          : [],
      ),
    );
}
