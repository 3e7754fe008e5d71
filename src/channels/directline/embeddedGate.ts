import { HttpError } from '../../http/errors.js';
import { isEmbeddedConversationShape } from './conversationIds.js';
import type { DirectLineConversations } from './ports.js';
import type { DeliveredActivity, DeliveryTokenService } from './deliveryTokens.js';
import { TokenError } from './tokens.js';

/**
 * What `/api/messages` asks of the embedded channel: is this delivery signed by it, and is this
 * conversation one of its own (looked up only for ids of its shape, so other channels' turns cost
 * no query).
 */
export function embeddedChannelGate(store: DirectLineConversations, deliveryTokens: DeliveryTokenService) {
  return {
    async verifyDelivery(authorization: string | undefined, activity: DeliveredActivity): Promise<boolean> {
      try {
        return await deliveryTokens.verify(authorization, activity);
      } catch (error) {
        if (error instanceof TokenError) throw new HttpError(error.reason === 'wrong_conversation' ? 'Forbidden' : 'Unauthorized', error.message);
        throw error;
      }
    },
    async owns(conversationId: string): Promise<boolean> {
      return isEmbeddedConversationShape(conversationId) && (await store.get(conversationId)) !== undefined;
    },
  };
}
