import { contactSchema } from '../src/handoff/caseSummary.js';

const EMAIL = /[^\s@,;<>]+@[^\s@,;<>]+\.[a-z]{2,}/i;
const PHONE = /(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;

/** Phone and e-mail from one reply, checked; or the reason they cannot be used. */
export function readContact(text: string, name: string): { phone?: string; email?: string } | { problem: string } {
  const email = EMAIL.exec(text)?.[0];
  const phone = PHONE.exec(text.replace(EMAIL, ' '))?.[0].trim();
  const parsed = contactSchema.safeParse({ name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) });
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'Please give a phone number or an e-mail address.' };
  return { ...(parsed.data.phone ? { phone: parsed.data.phone } : {}), ...(parsed.data.email ? { email: parsed.data.email } : {}) };
}
