import type { Server } from 'restify';
import { z } from 'zod';
import { HttpError, parseInput } from '../http/errors.js';
import type { DirectLineService } from './directline/directLineService.js';
import { guarded } from '../http/guarded.js';
import { tokenRequestSchema } from './directline/schemas.js';

export type TokenSource =
  | { kind: 'embedded'; service: DirectLineService }
  | { kind: 'azure'; secret: string; domain: string };

const azureTokenSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  expires_in: z.number(),
});

/**
 * `POST /api/directline/token` → `{ token, conversationId, expires_in }` for the page. With Azure
 * Direct Line the secret is exchanged here, so it never reaches the browser.
 */
export function registerTokenRoute(server: Server, source: TokenSource): void {
  server.post('/api/directline/token', guarded(async (req, res) => {
    const body = parseInput(tokenRequestSchema, req.body ?? {}, 'token request');
    if (source.kind === 'embedded') {
      res.send(200, await source.service.createConversation(body.user, body.channelId));
      return;
    }
    const response = await fetch(`${source.domain}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${source.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body.user ? { user: { id: body.user.id } } : {}),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => undefined);
    if (!response?.ok) throw new HttpError('UpstreamError', 'Direct Line did not issue a token; try again shortly.');
    const ticket = azureTokenSchema.safeParse(await response.json().catch(() => undefined));
    if (!ticket.success) throw new HttpError('UpstreamError', 'Direct Line sent an unexpected answer.');
    res.send(200, ticket.data);
  }));
}
