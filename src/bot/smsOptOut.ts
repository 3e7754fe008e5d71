import { ActivityTypes, TextFormatTypes } from 'botbuilder';
import type { Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import { drsContacts } from '../kb/contacts.js';
import { SMS_CHANNEL_ID } from '../privacy/ports.js';
import type { SmsOptOuts } from '../privacy/ports.js';
import { optedInTextEs, optedOutTextEs } from './smsOptOut.es.js';

/** The carriers' standard opt-out keywords, so the assistant does what the carrier does. */
export const OPT_OUT_KEYWORDS: readonly string[] = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'];

/** The same in Spanish, answered in Spanish. */
export const SPANISH_OPT_OUT_KEYWORDS: readonly string[] = ['PARAR', 'ALTO', 'CANCELAR', 'DETENER', 'FIN', 'BAJA'];

/** YES (SÍ) resubscribes only a number that is opted out; otherwise it is an ordinary reply. */
export const OPT_IN_KEYWORDS: readonly string[] = ['START', 'UNSTOP', 'YES'];
export const SPANISH_OPT_IN_KEYWORDS: readonly string[] = ['INICIAR', 'SI'];

export const optedOutText =
  'You have been unsubscribed from the Connecticut DRS assistant and will receive no more messages from it. ' +
  `Reply START to resume. For help, call DRS at ${drsContacts.phone}.`;

export const optedInText = 'You are subscribed again. Type your question, or MENU to see topics.';

export type SmsKeyword = 'optOut' | 'optIn';

/** A keyword and the language of the reply to it. */
export interface ReadKeyword {
  keyword: SmsKeyword;
  language: 'en' | 'es';
}

/** A whole message that is a keyword, ignoring case, accents, surrounding spaces and trailing punctuation. */
export function readSmsKeyword(text: string | undefined): ReadKeyword | undefined {
  const word = (text ?? '')
    .trim()
    .replace(/[\p{P}\s]+$/u, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  if (OPT_OUT_KEYWORDS.includes(word)) return { keyword: 'optOut', language: 'en' };
  if (SPANISH_OPT_OUT_KEYWORDS.includes(word)) return { keyword: 'optOut', language: 'es' };
  if (OPT_IN_KEYWORDS.includes(word)) return { keyword: 'optIn', language: 'en' };
  if (SPANISH_OPT_IN_KEYWORDS.includes(word)) return { keyword: 'optIn', language: 'es' };
  return undefined;
}

export function smsKeyword(text: string | undefined): SmsKeyword | undefined {
  return readSmsKeyword(text)?.keyword;
}

const notice = (text: string) => ({ type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Plain });

const dropped = (count: number): ResourceResponse[] => Array.from({ length: count }, () => ({ id: '' }));

/** Answers STOP and START (and PARAR and INICIAR) itself; true when the bot must not see the message. */
async function withholdFromBot(context: TurnContext, optOuts: SmsOptOuts, address: string): Promise<boolean> {
  const read = readSmsKeyword(context.activity.text);
  const spanish = read?.language === 'es';
  if (read?.keyword === 'optOut') {
    if (await optOuts.optOut(address)) await context.sendActivity(notice(spanish ? optedOutTextEs : optedOutText));
    return true;
  }
  if (read?.keyword === 'optIn') {
    const resubscribed = await optOuts.optIn(address);
    if (resubscribed) await context.sendActivity(notice(spanish ? optedInTextEs : optedInText));
    return resubscribed;
  }
  return optOuts.isOptedOut(address);
}

/**
 * SMS opt-out: STOP (or PARAR...) silences the assistant for that number until START (or INICIAR). The bot never sees
 * messages from an opted-out number, and every send to it is dropped, proactive turns included.
 * The store is read again at send time, so an opt-out taken by another instance applies at once.
 * Register it before any other middleware.
 */
export function smsOptOutMiddleware(optOuts: SmsOptOuts): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      // On proactive turns `from` is the conversation reference's user, so this is the number too.
      const address = context.activity.from?.id;
      if (context.activity.channelId !== SMS_CHANNEL_ID || !address) return next();
      if (context.activity.type === 'message' && (await withholdFromBot(context, optOuts, address))) return;
      context.onSendActivities(async (_context, activities, sendNext) =>
        (await optOuts.isOptedOut(address)) ? dropped(activities.length) : sendNext(),
      );
      await next();
    },
  };
}
