import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { isBotAuthFailure } from '../http/botAuthErrors.js';
import { HttpError, parseInput } from '../http/errors.js';
import { guarded } from '../http/guarded.js';
import { isLoopbackAddress } from '../http/loopback.js';
import { tagConversation } from '../http/requestContext.js';
import type { Assistant } from './createAssistant.js';

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

export interface MessagesRouteOptions {
  /** True when no MicrosoftAppId is configured, so requests carry no Bot Framework token. */
  authDisabled: boolean;
  /** This server's own address (PUBLIC_URL). */
  ownUrl: () => string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Without Bot Framework auth anybody can post here, so the bot only sends replies to itself (the
 * embedded channel) or, for a caller on this same machine (the Bot Framework Emulator), to a
 * loopback address; never to an address a remote caller picks.
 */
export function mayReplyTo(activity: { serviceUrl: string; deliveryMode?: unknown }, ownUrl: string, callerAddress: string | undefined): boolean {
  if (activity.deliveryMode === 'expectReplies') return true;
  if (activity.serviceUrl.replace(/\/+$/, '') === ownUrl) return true;
  return isLoopbackAddress(callerAddress) && LOOPBACK_HOSTS.has(new URL(activity.serviceUrl).hostname);
}

/** `POST /api/messages`: channels (Azure Bot Service, the embedded Direct Line) deliver activities here. */
export function registerMessagesRoute(server: Server, assistant: Assistant, options: MessagesRouteOptions): void {
  server.post('/api/messages', guarded(async (req: Request, res: Response) => {
    const conversationId = (req.body as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
    if (typeof conversationId === 'string') tagConversation(req, conversationId);
    const checked = parseInput(activitySchema, req.body, 'activity');
    if (options.authDisabled && !mayReplyTo(checked, options.ownUrl(), req.socket.remoteAddress)) {
      throw new HttpError('Forbidden', 'Without Bot Framework authentication this assistant only replies to its own channel.');
    }
    const activity = checked as unknown as Activity;
    let invokeResponse;
    try {
      invokeResponse = await assistant.adapter.handleActivity(req.header('authorization') ?? '', activity, (context) => assistant.bot.run(context));
    } catch (error) {
      if (isBotAuthFailure(error)) throw new HttpError('Unauthorized', 'A valid Bot Framework token is required.');
      throw error;
    }
    if (invokeResponse?.body === undefined) res.send(invokeResponse?.status ?? 200);
    else res.send(invokeResponse.status, invokeResponse.body);
  }));
}
