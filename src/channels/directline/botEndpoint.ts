import type { ChannelActivity } from './conversationStore.js';

export class BotDeliveryError extends Error {
  override readonly name = 'BotDeliveryError';
}

/** Posts an activity to the bot's `/api/messages`, the way Azure's channel service does. */
export function httpBotEndpoint(messagesUrl: () => string, timeoutMs = 15_000) {
  return async (activity: ChannelActivity): Promise<void> => {
    let response: Response;
    try {
      response = await fetch(messagesUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new BotDeliveryError(`The assistant did not answer: ${(error as Error).message}`);
    }
    await response.body?.cancel();
    if (!response.ok) throw new BotDeliveryError(`The assistant answered with HTTP ${response.status}.`);
  };
}

export type BotEndpoint = ReturnType<typeof httpBotEndpoint>;
