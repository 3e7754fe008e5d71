import type { Activity } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { ServiceUrlPolicy } from './serviceUrls.js';
import { isBotAuthFailure } from '../http/botAuthErrors.js';
import { HttpError, parseInput } from '../http/errors.js';
import { guarded } from '../http/guarded.js';
import { isLoopbackAddress } from '../http/loopback.js';
import { tagConversation } from '../http/requestContext.js';
import type { Assistant } from '../bot/createAssistant.js';

/** The shape every channel's activity must have before the adapter sees it. */
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url(),
    conversation: z.object({ id: z.string().min(1).max(256) }).passthrough(),
    from: z.object({ id: z.string().max(256).optional() }).passthrough().optional(),
    recipient: z.object({ id: z.string().max(256).optional() }).passthrough().optional(),
    text: z.string().optional(),
  })
  .passthrough();

/** How the embedded Direct Line proves its deliveries, and which conversations are its own. */
export interface EmbeddedChannelGate {
  /** True for a valid delivery token; false when the request carries none of the channel's tokens; throws (401/403) for a bad one. */
  verifyDelivery(authorization: string | undefined, activity: { channelId: string; conversation: { id: string } }): Promise<boolean>;
  /** True when the conversation was started by the embedded channel. */
  owns(conversationId: string): Promise<boolean>;
}

export interface MessagesRouteOptions {
  /** True when no MicrosoftAppId is configured, so channels' requests carry no Bot Framework token. */
  authDisabled: boolean;
  /** This server's own address (PUBLIC_URL). */
  ownUrl: () => string;
  /** Where replies may go (also checked before every proactive delivery). */
  serviceUrls: ServiceUrlPolicy;
  /** The bot's app id, as the embedded channel's turns present it. */
  botAppId: string;
  embedded?: EmbeddedChannelGate | undefined;
}

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Who sent the activity, proven before its turn runs: the embedded channel (its own token), a Bot
 * Framework channel (Azure's token), or, without MicrosoftAppId, an unauthenticated caller such as
 * the Emulator, who may never speak in an embedded conversation nor point the bot at an address
 * outside the allow-list.
 */
async function authenticate(req: Request, activity: Activity, assistant: Assistant, options: MessagesRouteOptions): Promise<AuthenticateRequestResult> {
  const authorization = req.header('authorization') ?? '';
  if (options.embedded && (await options.embedded.verifyDelivery(authorization, activity))) {
    activity.serviceUrl = options.ownUrl();
    return assistant.adapter.embeddedChannelIdentity(options.botAppId);
  }
  if (options.embedded && (await options.embedded.owns(activity.conversation.id))) {
    throw new HttpError('Forbidden', 'This conversation belongs to the web chat channel; only that channel may deliver its messages.');
  }
  // The server's own connector serves only embedded conversations, refused above.
  const deliverable = (loopbackCaller?: boolean) =>
    options.serviceUrls.allows(activity.serviceUrl, { loopbackCaller }) && !sameUrl(activity.serviceUrl, options.ownUrl());
  if (options.authDisabled && !deliverable(isLoopbackAddress(req.socket.remoteAddress))) {
    // Replies that come back in the response need no address: keep the server's own, never the caller's.
    if (activity.deliveryMode !== 'expectReplies') throw new HttpError('Forbidden', 'Without Bot Framework authentication this assistant only replies to its own channel.');
    activity.serviceUrl = options.ownUrl();
  }
  let authenticated: AuthenticateRequestResult;
  try {
    authenticated = await assistant.adapter.authenticate(authorization, activity);
  } catch (error) {
    if (isBotAuthFailure(error)) throw new HttpError('Unauthorized', 'A valid Bot Framework token is required.');
    throw error;
  }
  if (!options.authDisabled && !deliverable()) {
    throw new HttpError('Forbidden', 'The serviceUrl is not an Azure Bot Service address this assistant replies to (see SERVICE_URL_HOSTS).');
  }
  return authenticated;
}

/** `POST /api/messages`: channels (Azure Bot Service, the embedded Direct Line) deliver activities here. */
export function registerMessagesRoute(server: Server, assistant: Assistant, options: MessagesRouteOptions): void {
  server.post('/api/messages', guarded(async (req: Request, res: Response) => {
    const conversationId = (req.body as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
    if (typeof conversationId === 'string') tagConversation(req, conversationId);
    const activity = parseInput(activitySchema, req.body, 'activity') as unknown as Activity;
    const authenticated = await authenticate(req, activity, assistant, options);
    const invokeResponse = await assistant.adapter.handleActivity(authenticated, activity, (context) => assistant.bot.run(context));
    if (invokeResponse?.body === undefined) res.send(invokeResponse?.status ?? 200);
    else res.send(invokeResponse.status, invokeResponse.body);
  }));
}
