import type { ChannelAccount, Middleware, TurnContext } from 'botbuilder';
import { REDACTED_CARD, REDACTED_NUMBER, REDACTED_SSN, redact } from '../privacy/redact.js';
import { redactDeep } from '../privacy/redactDeep.js';

export const redactionNotice =
  'For your privacy I removed what looked like a Social Security, bank or card number from your message. You never need to type those here.';

/** Set on a turn whose message had a number removed; the bot tells the taxpayer once it knows the turn's language. */
const REDACTED_KEY = Symbol('a number was removed from this turn’s message');

export const numberWasRemoved = (context: TurnContext): boolean => context.turnState.get<boolean | undefined>(REDACTED_KEY) === true;

const ACCOUNT_FIELDS = ['id', 'name', 'role', 'aadObjectId'] as const;

function accountOf(from: ChannelAccount): ChannelAccount {
  const kept: Partial<ChannelAccount> = {};
  for (const field of ACCOUNT_FIELDS) if (typeof from[field] === 'string') kept[field] = field === 'name' ? redact(from[field]) : from[field];
  return kept as ChannelAccount;
}

/** Removes SSNs and account numbers from what the user typed before the bot sees, stores or logs it. */
export const redactInbound: Middleware = {
  onTurn: async (context: TurnContext, next: () => Promise<void>) => {
    const { activity } = context;
    const { text, attachments, from } = activity;
    // What arrives beside the text: card submissions, attachments (Teams copies the text into one), names.
    if (activity.value !== undefined) activity.value = redactDeep(activity.value as unknown);
    if (attachments !== undefined) activity.attachments = redactDeep(attachments) as typeof attachments;
    // Of who sent it, only what replies and Teams need; a conversation's name is never needed.
    if (from) activity.from = accountOf(from);
    if (activity.conversation) (activity.conversation as Partial<typeof activity.conversation>).name = undefined;
    if (typeof text === 'string') {
      const clean = redact(text);
      activity.text = clean;
      // A channel may have redacted already (the embedded one does); the user is told either way.
      if ([REDACTED_SSN, REDACTED_CARD, REDACTED_NUMBER].some((marker) => clean.includes(marker))) context.turnState.set(REDACTED_KEY, true);
    }
    await next();
  },
};
