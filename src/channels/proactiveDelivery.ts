import type { ConversationReference } from 'botbuilder';
import type { HandoffCase } from '../handoff/caseSummary.js';
import { DeliveryError } from '../handoff/ports.js';
import type { TaxpayerChannel, TaxpayerNoticeMode } from '../handoff/ports.js';
import { sendAsTyped } from '../render/render.js';
import type { SmsOptOuts } from '../privacy/ports.js';
import type { ServiceUrlPolicy } from './serviceUrls.js';
import type { Assistant } from '../bot/createAssistant.js';

/**
 * Representatives' messages reach the taxpayer through the Bot Framework proactive path, with the
 * conversation reference stored on the case, on whichever channel they used. A texted STOP is
 * honoured, and reported to the representative instead of being dropped silently.
 */
export function proactiveTaxpayerChannel(assistant: Assistant, botAppId: string, optOuts: SmsOptOuts, serviceUrls: ServiceUrlPolicy): TaxpayerChannel {
  return {
    async send(handoffCase: HandoffCase, text: string, mode: TaxpayerNoticeMode): Promise<void> {
      const reference = handoffCase.conversationRef as Partial<ConversationReference>;
      if (!serviceUrls.allows(reference.serviceUrl ?? '')) {
        throw new DeliveryError("This case's channel address is not one the assistant delivers to; contact the taxpayer as they asked.");
      }
      const number = reference.user?.id;
      if (handoffCase.channelId === 'sms' && number && (await optOuts.isOptedOut(number))) {
        throw new DeliveryError('The taxpayer replied STOP to texts from DRS; nothing can be sent until they text START.');
      }
      // Caught inside the turn: the adapter would otherwise hand the error to onTurnError (which
      // apologises to the taxpayer) and report success.
      let failure: unknown;
      await assistant.adapter.continueConversationAsync(botAppId, reference, async (context) => {
        // Not a reply: Web Chat holds back an activity replying to one it never saw.
        context.onSendActivities(async (_context, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        // A representative's words reach the taxpayer as typed: no Markdown, links or HTML.
        sendAsTyped(context);
        try {
          await assistant.bot.fromRepresentative(context, { caseId: handoffCase.id, caseNumber: handoffCase.caseNumber }, text, mode);
        } catch (error) {
          failure = error;
        }
      });
      if (failure) throw new Error(`the taxpayer's channel did not take the message: ${(failure as Error).message.split('\n')[0]}`);
    },
  };
}
