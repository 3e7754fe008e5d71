import { ActivityTypes } from 'botbuilder';
import type { Middleware, TurnContext } from 'botbuilder';
import { asSent, readableText } from '../render/render.js';
import type { ConversationLog, LoggedLine } from '../handoff/ports.js';

const TURN_LINES = Symbol('conversation log lines of this turn');

/** What this turn has said so far and is not yet in the log (a case made mid-turn includes it). */
export const unloggedLines = (context: TurnContext): readonly LoggedLine[] => context.turnState.get<LoggedLine[] | undefined>(TURN_LINES) ?? [];

/**
 * Keeps what was said in each conversation (already redacted on the way in, redacted again by the
 * log), so a hand-off case carries the transcript without the representative asking again. A
 * turn's lines are written together when it ends, in one statement.
 */
export function conversationLogMiddleware(log: ConversationLog): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      const conversationId = context.activity.conversation?.id;
      if (!conversationId) return next();
      const lines: LoggedLine[] = [];
      context.turnState.set(TURN_LINES, lines);
      if (context.activity.type === String(ActivityTypes.Message) && context.activity.text) lines.push({ direction: 'in', text: context.activity.text });
      context.onSendActivities(async (_context, activities, sendNext) => {
        for (const activity of activities) {
          const text = activity.type === ActivityTypes.Message ? readableText(asSent(context, activity)) : '';
          if (text) lines.push({ direction: 'out', text });
        }
        return sendNext();
      });
      try {
        await next();
      } finally {
        await log.record(conversationId, lines.splice(0));
      }
    },
  };
}
