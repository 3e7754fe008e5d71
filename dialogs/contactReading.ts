import { contactSchema } from '../src/handoff/caseSummary.js';
import { REDACTED_NUMBER } from '../src/privacy/redact.js';

/**
 * Why a reply could not be used as a contact, for the re-prompt (in the conversation's language,
 * `HandoffTexts.contactProblems`): a run of digits removed as a possible account number, a phone
 * or e-mail that does not look like one, or neither given.
 */
export type ContactProblem = 'removedNumber' | 'name' | 'phone' | 'email' | 'missing';

const EMAIL = /[^\s@,;<>]+@[^\s@,;<>]+\.[a-z]{2,}/i;
const PHONE = /(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;

const problemOf = (field: PropertyKey | undefined): ContactProblem => (field === 'name' || field === 'phone' || field === 'email' ? field : 'missing');

/** Phone and e-mail from one reply, checked; or the reason they cannot be used. */
export function readContact(text: string, name: string): { phone?: string; email?: string } | { problem: ContactProblem } {
  const email = EMAIL.exec(text)?.[0];
  const phone = PHONE.exec(text.replace(EMAIL, ' '))?.[0].trim();
  // A phone number typed as one run of digits is removed like an account number would be.
  if (!phone && !email && text.includes(REDACTED_NUMBER)) return { problem: 'removedNumber' };
  const parsed = contactSchema.safeParse({ name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) });
  if (!parsed.success) return { problem: problemOf(parsed.error.issues[0]?.path[0]) };
  return { ...(parsed.data.phone ? { phone: parsed.data.phone } : {}), ...(parsed.data.email ? { email: parsed.data.email } : {}) };
}
