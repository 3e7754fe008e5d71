import { ActivityTypes } from 'botbuilder';
import type { Middleware, TurnContext } from 'botbuilder';
import { readableText } from '../channels/render.js';
import type { ConversationLog } from '../handoff/caseStore.js';

/**
 * Keeps what was said in each conversation (already redacted on the way in, redacted again by the
 * log), so a hand-off case carries the transcript without the representative asking again.
 */
export function conversationLogMiddleware(log: ConversationLog): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      const conversationId = context.activity.conversation?.id;
      if (!conversationId) return next();
      if (context.activity.type === String(ActivityTypes.Message) && context.activity.text) {
        await log.record(conversationId, 'in', context.activity.text);
      }
      context.onSendActivities(async (_context, activities, sendNext) => {
        for (const activity of activities) {
          const text = activity.type === ActivityTypes.Message ? readableText(activity) : '';
          if (text) await log.record(conversationId, 'out', text);
        }
        return sendNext();
      });
      await next();
    },
  };
}
