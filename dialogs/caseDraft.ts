import { z } from 'zod';
import { caseSummarySchema, computedSchema } from '../src/handoff/caseSummary.js';
import type { CaseSummary } from '../src/handoff/caseSummary.js';

/** The case as far as the conversation has filled it in. */
export const caseDraftSchema = caseSummarySchema.omit({ contact: true, preferredTime: true, description: true, computed: true, consentAt: true }).extend({
  contact: z.object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }).optional(),
  preferredTime: z.string().optional(),
  description: z.string().optional(),
  computed: computedSchema.optional(),
  consentAt: z.string().optional(),
});
export type CaseDraft = z.infer<typeof caseDraftSchema>;

/** The case summary a draft makes, with what is still missing left empty. */
export function summaryOf(draft: CaseDraft): CaseSummary {
  const { contact = {}, preferredTime = '', description = '', computed = {}, consentAt = '', ...rest } = draft;
  return {
    ...rest,
    contact: { name: contact.name ?? '', ...(contact.phone ? { phone: contact.phone } : {}), ...(contact.email ? { email: contact.email } : {}) },
    preferredTime,
    description,
    computed,
    consentAt,
  };
}
