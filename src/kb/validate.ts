import { figureDifferences } from './figures.js';
import type { KnowledgeEntry } from './schema.js';

export interface ValidationContext {
  /** Dialog ids an action may start. */
  dialogs: readonly string[];
  /** Phone and fax numbers an answer may show (the reference contact table). */
  phoneNumbers: readonly string[];
  /** Email addresses an answer may show. */
  emails: readonly string[];
}

const PHONE = /(?:\b1[-.\s])?(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const digitsOf = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/** The phrase every answer drawn from the 2020 Priority One announcement must carry. */
export const PRIORITY_ONE_DATE = 'April 17, 2020';

/** Checks across entries and against the contact table; returns every problem, naming file and field. */
export function validateEntries(entries: readonly KnowledgeEntry[], context: ValidationContext): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const knownPhones = new Map(context.phoneNumbers.map((phone) => [digitsOf(phone), phone]));
  const knownEmails = new Set(context.emails.map((email) => email.toLowerCase()));

  for (const entry of entries) {
    const earlier = ids.get(entry.id);
    if (earlier) problems.push(`${entry.file}: id "${entry.id}" is already used by ${earlier}`);
    else ids.set(entry.id, entry.file);
  }
  for (const entry of entries) {
    const answer = `${entry.shortAnswer}\n\n${entry.details}`;
    for (const related of entry.related) {
      if (!ids.has(related)) problems.push(`${entry.file}: related names "${related}", which is no entry's id`);
      if (related === entry.id) problems.push(`${entry.file}: related lists the entry itself`);
    }
    if (entry.action && !context.dialogs.includes(entry.action.dialog)) {
      problems.push(`${entry.file}: action.dialog "${entry.action.dialog}" is not a dialog (known: ${context.dialogs.join(', ')})`);
    }
    for (const [field, text] of [['answer', answer], ['title', entry.title]] as const) {
      for (const phone of text.match(PHONE) ?? []) {
        const known = knownPhones.get(digitsOf(phone));
        if (!known) problems.push(`${entry.file}: ${field} has phone number ${phone}, which is not in the contact table`);
        else if (known !== phone.trim()) problems.push(`${entry.file}: ${field} writes ${phone}; write it exactly as ${known}`);
      }
      for (const email of text.match(EMAIL) ?? []) {
        if (!knownEmails.has(email.toLowerCase())) problems.push(`${entry.file}: ${field} has email ${email}, which is not in the contact table`);
      }
    }
    if (/priority one/i.test(entry.source.document) && !answer.includes(PRIORITY_ONE_DATE)) {
      problems.push(`${entry.file}: answer comes from the 2020 Priority One guidance and must say "as of ${PRIORITY_ONE_DATE}" and to confirm with DRS`);
    }
  }
  return problems;
}

const answerOf = (entry: KnowledgeEntry) => `${entry.title}\n\n${entry.shortAnswer}\n\n${entry.details}`;

/**
 * Every entry has one Spanish version carrying exactly its figures (so the Priority One answers'
 * "April 17, 2020" too), and only known contacts.
 */
export function validateTranslations(entries: readonly KnowledgeEntry[], translations: readonly KnowledgeEntry[], context: ValidationContext): string[] {
  const problems: string[] = [];
  const byId = new Map<string, KnowledgeEntry>();
  for (const translation of translations) {
    const earlier = byId.get(translation.id);
    if (earlier) problems.push(`${translation.file}: "${translation.id}" already has a Spanish version, ${earlier.file}`);
    else byId.set(translation.id, translation);
  }
  const knownPhones = new Set(context.phoneNumbers.map(digitsOf));
  const knownEmails = new Set(context.emails.map((email) => email.toLowerCase()));
  for (const entry of entries) {
    const spanish = byId.get(entry.id);
    if (!spanish) {
      problems.push(`${entry.file}: has no Spanish version (write ${entry.file.replace(/\.md$/, '.es.md')}; see knowledge/README.md)`);
      continue;
    }
    const { missing, added } = figureDifferences(answerOf(entry), answerOf(spanish));
    if (missing.length) problems.push(`${spanish.file}: lacks what ${entry.file} says: ${missing.join('; ')}`);
    if (added.length) problems.push(`${spanish.file}: says what ${entry.file} does not: ${added.join('; ')}`);
    const text = answerOf(spanish);
    for (const phone of text.match(PHONE) ?? []) if (!knownPhones.has(digitsOf(phone))) problems.push(`${spanish.file}: has phone number ${phone}, which is not in the contact table`);
    for (const email of text.match(EMAIL) ?? []) if (!knownEmails.has(email.toLowerCase())) problems.push(`${spanish.file}: has email ${email}, which is not in the contact table`);
  }
  return problems;
}
