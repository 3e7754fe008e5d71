import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { callDrsSentence } from '../kb/contacts.js';

export const turnErrorText = `Sorry, something went wrong on our side and I could not finish that. Please try again in a moment, or ${callDrsSentence}.`;

/** Logs the failure with its conversation id and tells the user plainly, without details. */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error(
      { err: error, conversationId: context.activity.conversation?.id, channelId: context.activity.channelId },
      'turn failed',
    );
    try {
      // Replies still held for the response (expectReplies) came from a turn whose state was not
      // saved: they would ask a question the conversation is not at, so only the apology goes.
      context.bufferedReplyActivities.splice(0);
      await context.sendActivity(turnErrorText);
    } catch (sendError) {
      logger.error({ err: sendError, conversationId: context.activity.conversation?.id }, 'could not tell the user about a failed turn');
    }
  };
}
