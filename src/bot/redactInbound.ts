import type { Middleware, TurnContext } from 'botbuilder';
import { REDACTED_CARD, REDACTED_NUMBER, REDACTED_SSN, redact } from '../privacy/redact.js';
import { redactDeep } from '../privacy/redactDeep.js';

export const redactionNotice =
  'For your privacy I removed what looked like a Social Security, bank or card number from your message. You never need to type those here.';

/** Removes SSNs and account numbers from what the user typed before the bot sees, stores or logs it. */
export const redactInbound: Middleware = {
  onTurn: async (context: TurnContext, next: () => Promise<void>) => {
    const { activity } = context;
    const { text, attachments, from } = activity;
    // What arrives beside the text: card submissions, attachments (Teams copies the text into one), names.
    if (activity.value !== undefined) activity.value = redactDeep(activity.value as unknown);
    if (attachments !== undefined) activity.attachments = redactDeep(attachments) as typeof attachments;
    if (typeof from?.name === 'string') from.name = redact(from.name);
    if (typeof text === 'string') {
      const clean = redact(text);
      activity.text = clean;
      // A channel may have redacted already (the embedded one does); tell the user either way.
      if ([REDACTED_SSN, REDACTED_CARD, REDACTED_NUMBER].some((marker) => clean.includes(marker))) {
        await context.sendActivity(redactionNotice);
      }
    }
    await next();
  },
};
