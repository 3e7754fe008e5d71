import type { ChannelActivity } from './ports.js';

export class BotDeliveryError extends Error {
  override readonly name = 'BotDeliveryError';
}

/** What the endpoint needs to know of an activity to sign its delivery. */
export type DeliverySigner = (activity: { channelId: string; conversation: { id: string } }) => Promise<string>;

/**
 * Posts an activity to the bot's `/api/messages`, the way Azure's channel service does: with a
 * token in `Authorization` that the bot checks before it runs the turn.
 */
export function httpBotEndpoint(messagesUrl: () => string, sign: DeliverySigner, timeoutMs = 15_000) {
  return async (activity: ChannelActivity): Promise<void> => {
    const token = await sign(activity as ChannelActivity & { channelId: string; conversation: { id: string } });
    let response: Response;
    try {
      response = await fetch(messagesUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
