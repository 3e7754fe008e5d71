import type { Request, Server } from 'restify';
import { HttpError, parseInput } from '../../http/errors.js';
import { guarded } from '../../http/guarded.js';
import { tagConversation } from '../../http/requestContext.js';
import type { Handler } from '../../http/guarded.js';
import type { DirectLineService } from './directLineService.js';
import {
  botActivitySchema,
  conversationIdSchema,
  inboundActivitySchema,
  tokenRequestSchema,
  watermarkSchema,
} from './schemas.js';
import { TokenError } from './tokens.js';
import type { BotTokenService, TokenClaims, TokenService } from './tokens.js';

async function authorize(tokens: TokenService, req: Request, conversationId?: string): Promise<TokenClaims> {
  try {
    const claims = await tokens.verify(req.header('authorization'), conversationId);
    tagConversation(req, claims.conversationId);
    return claims;
  } catch (error) {
    if (error instanceof TokenError) {
      throw new HttpError(error.reason === 'wrong_conversation' ? 'Forbidden' : 'Unauthorized', error.message);
    }
    throw error;
  }
}

const pathParam = (req: Request, name: string): unknown => (req.params as Record<string, unknown> | undefined)?.[name];
const queryParam = (req: Request, name: string): unknown => (req.query as Record<string, unknown> | undefined)?.[name];

function conversationParam(req: Request): string {
  const id = parseInput(conversationIdSchema, pathParam(req, 'conversationId'), 'conversation id');
  tagConversation(req, id);
  return id;
}

/** The Direct Line 3.0 subset Web Chat uses (polling), plus the connector endpoints the bot replies to. */
export function registerDirectLineRoutes(server: Server, service: DirectLineService, tokens: TokenService, botTokens: BotTokenService): void {
  const base = '/v3/directline';

  server.post(`${base}/tokens/generate`, guarded(async (req, res) => {
    const body = parseInput(tokenRequestSchema, req.body ?? {}, 'token request');
    res.send(200, await service.createConversation(body.user, body.channelId));
  }));

  server.post(`${base}/tokens/refresh`, guarded(async (req, res) => {
    res.send(200, await service.refresh(await authorize(tokens, req)));
  }));

  server.post(`${base}/conversations`, guarded(async (req, res) => {
    res.send(201, await service.startConversation(await authorize(tokens, req)));
  }));

  server.get(`${base}/conversations/:conversationId`, guarded(async (req, res) => {
    const claims = await authorize(tokens, req, conversationParam(req));
    res.send(200, await service.refresh(claims));
  }));

  server.post(`${base}/conversations/:conversationId/activities`, guarded(async (req, res) => {
    const claims = await authorize(tokens, req, conversationParam(req));
    const activity = parseInput(inboundActivitySchema, req.body, 'activity');
    res.send(200, await service.postActivity(claims, activity));
  }));

  server.get(`${base}/conversations/:conversationId/activities`, guarded(async (req, res) => {
    const conversationId = conversationParam(req);
    await authorize(tokens, req, conversationId);
    const watermark = parseInput(watermarkSchema, queryParam(req, 'watermark'), 'watermark');
    res.send(200, await service.listActivities(conversationId, watermark));
  }));

  const fromBot: Handler = async (req, res) => {
    const conversationId = conversationParam(req);
    try {
      await botTokens.verify(req.header('authorization'));
    } catch (error) {
      if (error instanceof TokenError) throw new HttpError('Unauthorized', error.message);
      throw error;
    }
    const activity = parseInput(botActivitySchema, req.body, 'activity');
    const activityId = pathParam(req, 'activityId');
    const replyToId = typeof activityId === 'string' ? activityId : undefined;
    res.send(200, await service.acceptFromBot(conversationId, activity, replyToId));
  };
  server.post('/v3/conversations/:conversationId/activities', guarded(fromBot));
  server.post('/v3/conversations/:conversationId/activities/:activityId', guarded(fromBot));
}
