import { contactSchema } from '../src/handoff/caseSummary.js';
import { REDACTED_NUMBER } from '../src/privacy/redact.js';

/** A phone number typed as one run of digits is removed like an account number would be. */
const REMOVED_NUMBER_PROBLEM = 'I removed that number because it could be an account number. Please type your phone number with dashes, such as 860-555-0123.';

const EMAIL = /[^\s@,;<>]+@[^\s@,;<>]+\.[a-z]{2,}/i;
const PHONE = /(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;

/** Phone and e-mail from one reply, checked; or the reason they cannot be used. */
export function readContact(text: string, name: string): { phone?: string; email?: string } | { problem: string } {
  const email = EMAIL.exec(text)?.[0];
  const phone = PHONE.exec(text.replace(EMAIL, ' '))?.[0].trim();
  if (!phone && !email && text.includes(REDACTED_NUMBER)) return { problem: REMOVED_NUMBER_PROBLEM };
  const parsed = contactSchema.safeParse({ name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) });
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'Please give a phone number or an e-mail address.' };
  return { ...(parsed.data.phone ? { phone: parsed.data.phone } : {}), ...(parsed.data.email ? { email: parsed.data.email } : {}) };
}
