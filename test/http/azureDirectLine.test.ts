import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const SECRET = 'azure-direct-line-secret-value';

/** Stands in for Azure's Direct Line token endpoint on loopback (Azure is not reachable here). */
function startAzureStandIn(): Promise<{ server: Server; url: string; calls: { authorization?: string; body: string }[] }> {
  const calls: { authorization?: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      calls.push({ authorization: req.headers.authorization, body });
      const generated = req.url === '/v3/directline/tokens/generate' && req.headers.authorization === `Bearer ${SECRET}`;
      const refreshed = req.url === '/v3/directline/tokens/refresh' && req.headers.authorization === 'Bearer azure-token';
      res.writeHead(generated || refreshed ? 200 : 403, { 'content-type': 'application/json' });
      const token = refreshed ? 'azure-token-renewed' : 'azure-token';
      res.end(JSON.stringify(generated || refreshed ? { conversationId: 'azure-conv', token, expires_in: 3600 } : { error: { code: 'BadArgument' } }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, calls })),
  );
}

describe('with DIRECT_LINE_SECRET (Azure Direct Line)', () => {
  let azure: Awaited<ReturnType<typeof startAzureStandIn>>;
  let app: TestServer;
  beforeAll(async () => {
    azure = await startAzureStandIn();
    app = await startTestServer({ env: { DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: `${azure.url}/v3/directline` } });
  });
  afterAll(async () => {
    await app.close();
    azure.server.close();
  });

  it('exchanges the secret for a token server-side; the secret never reaches the page', async () => {
    const response = await fetch(`${app.url}/api/directline/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'dl_user1' } }),
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 });
    expect(body).not.toContain(SECRET);
    expect(azure.calls.at(-1)).toEqual({ authorization: `Bearer ${SECRET}`, body: JSON.stringify({ user: { id: 'dl_user1' } }) });
    const page = await (await fetch(`${app.url}/`)).text();
    expect(page).not.toContain(SECRET);
    expect(page).toContain(`data-directline-domain="${azure.url}/v3/directline"`);
  });

  it('renews a reloaded page\'s token through Azure with that token, never the secret; 401 when Azure refuses it', async () => {
    const renew = (authorization: string) =>
      fetch(`${app.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: '{}' });
    const renewed = await renew('Bearer azure-token');
    expect(renewed.status).toBe(200);
    expect(await renewed.json()).toEqual({ conversationId: 'azure-conv', token: 'azure-token-renewed', expires_in: 3600 });
    expect(azure.calls.at(-1)).toEqual({ authorization: 'Bearer azure-token', body: '{}' });
    const refused = await renew('Bearer expired-token');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: 'Unauthorized', message: expect.stringMatching(/start a new one/) } });
  });

  it('turns the embedded channel off', async () => {
    expect((await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 502 with a reason when Azure refuses', async () => {
    const broken = await startTestServer({ env: { DIRECT_LINE_SECRET: 'wrong-secret-value', DIRECT_LINE_DOMAIN: `${azure.url}/v3/directline` } });
    try {
      const response = await fetch(`${broken.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ error: { code: 'UpstreamError', message: expect.stringMatching(/did not issue a token/) } });
    } finally {
      await broken.close();
    }
  });
});
