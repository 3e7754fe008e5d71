import { z } from 'zod';

/** Limits on what a page may send; longer text is passed on so the assistant can answer politely. */
export const MAX_TEXT_LENGTH = 20_000;

export const userSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\w.:@-]+$/, 'may contain only letters, digits and . : @ - _'),
  name: z.string().max(100).optional(),
});

export const emulatedChannels = ['webchat', 'sms', 'msteams'] as const;

export const tokenRequestSchema = z
  .object({
    user: userSchema.optional(),
    /** Lets the terminal chat show what an SMS or Teams user would see. */
    channelId: z.enum(emulatedChannels).optional(),
  })
  .default({});

const accountSchema = z.object({ id: z.string().max(128).optional(), name: z.string().max(100).optional() }).passthrough();

export const inboundActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(MAX_TEXT_LENGTH * 2, 'is too long').optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: z.string().max(20).optional(),
    name: z.string().max(100).optional(),
    value: z.unknown().optional(),
    from: accountSchema.optional(),
    attachments: z.array(z.object({ contentType: z.string().max(200) }).passthrough()).max(10).optional(),
    // Web Chat matches its own messages by these; nothing else a page sends here is kept.
    channelData: z.object({ clientActivityID: z.string().max(100).optional(), clientTimestamp: z.string().max(40).optional() }).strip().optional(),
    entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
    localTimestamp: z.string().max(40).optional(),
    localTimezone: z.string().max(64).optional(),
  })
  .strip();

export type InboundActivity = z.output<typeof inboundActivitySchema>;

/** What the bot posts back through the connector endpoints. */
export const botActivitySchema = z
  .object({
    type: z.string().min(1).max(50),
    id: z.string().optional(),
  })
  .passthrough();

export const conversationIdSchema = z.string().min(1).max(128).regex(/^[\w-]+$/, 'is not a conversation id');

export const watermarkSchema = z
  .union([z.literal(''), z.string().regex(/^\d{1,9}$/, 'must be a whole number')])
  .optional()
  .transform((value) => (value ? Number(value) : 0));
