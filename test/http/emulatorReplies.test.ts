import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceUrlPolicy } from '../../src/channels/serviceUrls.js';
import { isLoopbackAddress } from '../../src/http/loopback.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const OWN = 'http://127.0.0.1:3978';
const withoutAuth = serviceUrlPolicy({ ownUrl: () => OWN, botAuth: false });
const withAuth = serviceUrlPolicy({ ownUrl: () => OWN, botAuth: true, extraHosts: ['channel.example.gov'] });

describe('where replies may go', () => {
  it.each([
    ['its own channel, from anywhere', `${OWN}/`, '203.0.113.9', true],
    ['another host, from anywhere', 'https://elsewhere.example.com', '203.0.113.9', false],
    ['an Emulator on this machine', 'http://localhost:50123', '127.0.0.1', true],
    ['an Emulator on this machine, over IPv6', 'http://[::1]:50123', '::1', true],
    ['an Emulator on this machine, IPv4 seen as IPv6', 'http://127.0.0.1:50123', '::ffff:127.0.0.1', true],
    ['a loopback port named by a caller elsewhere', 'http://127.0.0.1:5432', '192.0.2.2', false],
    ['another host named by a caller on this machine', 'https://attacker.example.com', '127.0.0.1', false],
    ['a loopback port when the caller is unknown', 'http://localhost:50123', undefined, false],
    ['a loopback address with a password in it', 'http://user:secret@localhost:50123', '127.0.0.1', false],
    ['not a URL', 'nothing', '127.0.0.1', false],
  ])('without Bot Framework authentication: %s → %s', (_what, url, caller, allowed) => {
    expect(withoutAuth.allows(url, { loopbackCaller: isLoopbackAddress(caller) })).toBe(allowed);
  });

  it.each([
    ['Teams', 'https://smba.trafficmanager.net/amer/', true],
    ['Web Chat and Direct Line', 'https://webchat.botframework.com/', true],
    ['SMS', 'https://sms.botframework.com/', true],
    ['US Government', 'https://directline.botframework.azure.us/', true],
    ['a host in SERVICE_URL_HOSTS', 'https://channel.example.gov/api', true],
    ['its own channel', OWN, true],
    ['Bot Service without https', 'http://webchat.botframework.com/', false],
    ['a look-alike domain', 'https://evilbotframework.com/', false],
    ['Bot Service as a subdomain of another site', 'https://botframework.com.attacker.example/', false],
    ['loopback', 'http://127.0.0.1:5432/', false],
    ['Bot Service with credentials in the URL', 'https://user:pass@webchat.botframework.com/', false],
  ])('with Bot Framework authentication: %s (%s) → %s', (_what, url, allowed) => {
    expect(withAuth.allows(url)).toBe(allowed);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.5.6.7', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '1127.0.0.1', '', undefined].some(isLoopbackAddress)).toBe(false);
  });
});

/** This machine's first address that is not loopback, which a request can come from. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;

describe.runIf(outsideAddress)('an Emulator stand-in on loopback, called from loopback and from the network', () => {
  let server: TestServer;
  let emulator: ReturnType<typeof createServer>;
  let emulatorUrl = '';
  const received: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ host: '0.0.0.0' });
    emulator = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(`${req.method ?? ''} ${req.url ?? ''} ${body}`);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `r${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
    emulatorUrl = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => emulator.close(resolve));
  });

  const postFrom = (host: string, conversation: string) => {
    const port = new URL(server.url).port;
    return fetch(`http://${host}:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', text: 'hi', id: `m-${conversation}`, channelId: 'emulator', serviceUrl: emulatorUrl,
        conversation: { id: conversation }, from: { id: 'user' }, recipient: { id: 'bot' },
      }),
    });
  };

  it('replies to the Emulator when the request comes from this machine', async () => {
    const response = await postFrom('127.0.0.1', 'from-loopback');
    expect(response.status).toBe(200);
    expect(received.filter((line) => line.includes('/v3/conversations/from-loopback/activities')).length).toBeGreaterThan(0);
  });

  it('refuses with a 403, and posts nothing to loopback, when the request comes from the network', async () => {
    const response = await postFrom(outsideAddress ?? '', 'from-network');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'Forbidden', message: expect.stringMatching(/only replies to its own channel/) } });
    expect(received.some((line) => line.includes('from-network'))).toBe(false);
  });
});
