import type { Activity } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { HttpError, parseInput } from '../http/errors.js';
import { guarded } from '../http/guarded.js';
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

/** `POST /api/messages`: channels (Azure Bot Service, the embedded Direct Line) deliver activities here. */
export function registerMessagesRoute(server: Server, assistant: Assistant): void {
  server.post('/api/messages', guarded(async (req: Request, res: Response) => {
    const conversationId = (req.body as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
    if (typeof conversationId === 'string') tagConversation(req, conversationId);
    const activity = parseInput(activitySchema, req.body, 'activity') as unknown as Activity;
    let invokeResponse;
    try {
      invokeResponse = await assistant.adapter.handleActivity(req.header('authorization') ?? '', activity, (context) => assistant.bot.run(context));
    } catch (error) {
      if (error instanceof AuthenticationError) throw new HttpError('Unauthorized', 'A valid Bot Framework token is required.');
      throw error;
    }
    if (invokeResponse?.body === undefined) res.send(invokeResponse?.status ?? 200);
    else res.send(invokeResponse.status, invokeResponse.body);
  }));
}
