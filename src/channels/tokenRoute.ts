import type { Server } from 'restify';
import { z } from 'zod';
import { HttpError, parseInput } from '../http/errors.js';
import type { DirectLineService } from './directline/directLineService.js';
import { guarded } from '../http/guarded.js';
import { tokenRequestSchema } from './directline/schemas.js';
import { TokenError } from './directline/tokens.js';
import type { TokenService } from './directline/tokens.js';

export type TokenSource =
  | { kind: 'embedded'; service: DirectLineService; tokens: TokenService }
  | { kind: 'azure'; secret: string; domain: string };

const azureTokenSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  expires_in: z.number(),
});

const bearer = (authorization: string | undefined) => /^Bearer\s+\S+$/i.test(authorization ?? '');

async function rejoinEmbedded(source: Extract<TokenSource, { kind: 'embedded' }>, authorization: string) {
  try {
    return await source.service.rejoin(await source.tokens.verify(authorization));
  } catch (error) {
    if (error instanceof TokenError) throw new HttpError('Unauthorized', 'That conversation can no longer be continued; start a new one.');
    throw error;
  }
}

/** Azure Direct Line: a new conversation's token (with the secret), or a renewed one (with the token). */
async function fromAzure(source: Extract<TokenSource, { kind: 'azure' }>, path: string, authorization: string, body: object) {
  const response = await fetch(`${source.domain}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined);
  if (response && response.status >= 400 && response.status < 500 && path === '/tokens/refresh') {
    throw new HttpError('Unauthorized', 'That conversation can no longer be continued; start a new one.');
  }
  if (!response?.ok) throw new HttpError('UpstreamError', 'Direct Line did not issue a token; try again shortly.');
  const ticket = azureTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!ticket.success) throw new HttpError('UpstreamError', 'Direct Line sent an unexpected answer.');
  return ticket.data;
}

/**
 * `POST /api/directline/token` → `{ token, conversationId, expires_in }` for the page: a new
 * conversation, or, with `Authorization: Bearer <its current token>`, the same conversation again
 * (a reload), 401 when that token is no longer good. With Azure Direct Line the secret is
 * exchanged here, so it never reaches the browser.
 */
export function registerTokenRoute(server: Server, source: TokenSource): void {
  server.post('/api/directline/token', guarded(async (req, res) => {
    const body = parseInput(tokenRequestSchema, req.body ?? {}, 'token request');
    const authorization = req.header('authorization');
    if (authorization !== undefined && !bearer(authorization)) {
      throw new HttpError('Unauthorized', 'Authorization must be "Bearer" and the conversation\'s token.');
    }
    if (source.kind === 'embedded') {
      res.send(200, authorization ? await rejoinEmbedded(source, authorization) : await source.service.createConversation(body.user, body.channelId, body.locale));
      return;
    }
    res.send(200, authorization
      ? await fromAzure(source, '/tokens/refresh', authorization, {})
      : await fromAzure(source, '/tokens/generate', `Bearer ${source.secret}`, body.user ? { user: { id: body.user.id } } : {}));
  }));
}
