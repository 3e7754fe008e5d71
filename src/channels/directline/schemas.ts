import { z } from 'zod';
import { redact } from '../../privacy/redact.js';

/** True when nothing in `value` looks like an SSN, account or card number. */
const holdsNoNumber = (value: string) => redact(value) === value;
const NO_NUMBER = 'may not hold a number such as an SSN or account number';

/** Limits on what a page may send; longer text is passed on so the assistant can answer politely. */
export const MAX_TEXT_LENGTH = 20_000;

export const userSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\w.:@-]+$/, 'may contain only letters, digits and . : @ - _')
    .refine(holdsNoNumber, NO_NUMBER),
  name: z.string().max(100).optional(),
});

export const emulatedChannels = ['webchat', 'sms', 'msteams'] as const;

/** A language tag such as en-US or es; anything else is dropped. */
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

export const tokenRequestSchema = z
  .object({
    user: userSchema.optional(),
    /** Lets the terminal chat show what an SMS or Teams user would see. */
    channelId: z.enum(emulatedChannels).optional(),
    /** The page's language (Web Chat's locale), for the greeting. */
    locale: z.string().regex(LOCALE).optional().catch(undefined),
  })
  .default({});

const accountSchema = z.object({ id: z.string().max(128).optional(), name: z.string().max(100).optional() }).passthrough();

/** What an event a page may send is called (webchat/join); hub events are not a page's to send. */
const EVENT_NAME = /^[A-Za-z][\w./:-]{0,63}$/;
/** Web Chat's own message ids (random base-36); anything else is dropped. */
const CLIENT_ACTIVITY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * What a page may post. Only what the assistant uses is kept, each in the shape it must have:
 * entities, local time zones and anything else a page adds are never stored.
 */
export const inboundActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(MAX_TEXT_LENGTH * 2, 'is too long').optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: z.string().regex(LOCALE).refine(holdsNoNumber).optional().catch(undefined),
    name: z.string().regex(EVENT_NAME, 'must be an event name such as webchat/join').refine(holdsNoNumber, NO_NUMBER).optional(),
    value: z.unknown().optional(),
    from: accountSchema.optional(),
    attachments: z.array(z.object({ contentType: z.string().max(200) }).passthrough()).max(10).optional(),
    // Web Chat matches its own messages by these.
    channelData: z
      .object({
        clientActivityID: z.string().regex(CLIENT_ACTIVITY_ID).refine(holdsNoNumber).optional().catch(undefined),
        clientTimestamp: z.iso.datetime({ offset: true }).optional().catch(undefined),
      })
      .strip()
      .optional(),
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
