import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { callDrsSentence } from '../contacts.js';

export const turnErrorText = `Sorry, something went wrong on our side and I could not finish that. Please try again in a moment, or ${callDrsSentence}.`;

/** Logs the failure with its conversation id and tells the user plainly, without details. */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error(
      { err: error, conversationId: context.activity.conversation?.id, channelId: context.activity.channelId },
      'turn failed',
    );
    try {
      await context.sendActivity(turnErrorText);
    } catch (sendError) {
      logger.error({ err: sendError, conversationId: context.activity.conversation?.id }, 'could not tell the user about a failed turn');
    }
  };
}
