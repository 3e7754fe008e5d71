import { z } from 'zod';
import { COLLECTION_ACTIONS } from '../console/contract/collectionActions.js';
import type { Language } from '../lib/language.js';

// One list of collection actions and their names, shared with the representatives' console page.
export { COLLECTION_ACTIONS, collectionActionNames } from '../console/contract/collectionActions.js';
export type { CollectionAction } from '../console/contract/collectionActions.js';

export const contactSchema = z
  .object({
    name: z.string().trim().min(1, 'Please tell me your name.').max(100, 'Please shorten your name to 100 characters.'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/, 'That does not look like a US phone number, such as 860-555-0123.')
      .optional(),
    email: z.email('That does not look like an e-mail address, such as name@example.com.').max(254).optional(),
  })
  .refine((contact) => contact.phone !== undefined || contact.email !== undefined, { message: 'Please give a phone number or an e-mail address.' });
export type Contact = z.infer<typeof contactSchema>;

/** What the assistant already worked out in this conversation, carried into the case. */
export const computedSchema = z.object({
  noticeKind: z.string().optional(),
  noticeDate: z.string().optional(),
  deadline: z.string().optional(),
  estimate: z.string().optional(),
});
export type Computed = z.infer<typeof computedSchema>;

/** Everything a representative needs to act without asking again. */
export const caseSummarySchema = z.object({
  kind: z.enum(['priorityOne', 'general']),
  taxpayerType: z.enum(['individual', 'business']).optional(),
  collectionActions: z.array(z.enum(COLLECTION_ACTIONS)),
  covidImpact: z.enum(['yes', 'no', 'notSure']).optional(),
  eligible: z.boolean(),
  contact: contactSchema,
  preferredTime: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
  computed: computedSchema,
  consentAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export type CaseStatus = 'queued' | 'active' | 'closed' | 'failed';

export interface TranscriptLine {
  direction: 'in' | 'out';
  text: string;
  at: string;
}

export interface HandoffCase {
  id: string;
  caseNumber: string;
  kind: CaseSummary['kind'];
  status: CaseStatus;
  channelId: string;
  conversationId: string;
  /** The Bot Framework conversation reference, for replies later. */
  conversationRef: Record<string, unknown>;
  summary: CaseSummary;
  /** The language the taxpayer used when the case was made: the representative answers in it. */
  language: Language;
  transcript: TranscriptLine[];
  createdAt: string;
  updatedAt: string;
  /** The representative who took the case, while it is active (and after it closes). */
  claimedBy: string | null;
  claimedAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  /** When the taxpayer left the chat queue to be called back instead; null while they wait in the chat. */
  callbackRequestedAt: string | null;
}
