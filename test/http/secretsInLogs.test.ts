import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../src/cli/directLineClient.js';
import { createSmtpCaseMail } from '../../src/channels/smtpCaseMail.js';
import { startNotificationWorker } from '../../src/handoff/notificationWorker.js';
import { createLogger } from '../../src/lib/log.js';
import { startChannelIssuer } from '../fixtures/channelIssuer.js';
import type { ChannelIssuer } from '../fixtures/channelIssuer.js';
import { submitCase } from '../fixtures/priorityOneIntake.js';
import { TEST_TOKEN_SECRET, startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { closedPort } from '../fixtures/closedPort.js';

/**
 * Drives the server through everything that handles a secret, with every log level on, and looks
 * for the secrets in what was logged.
 */

const SECRETS = {
  consolePassword: 'Console-Pa55word-never-logged',
  signingSecret: 'signing-secret-from-the-environment-0123456789',
  appPassword: 'Microsoft-App-Pa55word-never-logged',
  smtpPassword: 'Smtp-Pa55word-never-logged',
};
const APP_ID = '0b7c6a51-3e2d-4f88-9a1b-2c3d4e5f6a7b';
const SSN = '123-45-6789';

/** Values seen during the run that must not be logged either (tokens, cookies). */
const seen: string[] = [];
const notifierLogs: Record<string, unknown>[] = [];
let server: TestServer;
let channelServer: TestServer;
let issuer: ChannelIssuer;

beforeAll(async () => {
  server = await startTestServer({
    env: {
      LOG_LEVEL: 'trace',
      TOKEN_SIGNING_SECRET: SECRETS.signingSecret,
      CONSOLE_ADMIN_USER: 'secrets-admin',
      CONSOLE_ADMIN_PASSWORD: SECRETS.consolePassword,
      SMTP_URL: `smtp://assistant:${SECRETS.smtpPassword}@127.0.0.1:2525`,
      PRIORITY_ONE_NOTIFY_TO: 'priority.one@drs.example',
    },
  });
  issuer = await startChannelIssuer(['sms']);
  channelServer = await startTestServer({
    env: {
      LOG_LEVEL: 'trace',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: SECRETS.appPassword,
      ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl,
      ToBotFromChannelTokenIssuer: issuer.issuer,
    },
  });
});
afterAll(async () => {
  await server?.close();
  await channelServer?.close();
  await issuer?.close();
});

const json = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('secrets and tokens never reach the logs', () => {
  it('Direct Line: token route, conversation, refresh, polling, a bad token', async () => {
    const ticket = (await (await json(`${server.url}/api/directline/token`, {})).json()) as { token: string };
    seen.push(ticket.token);
    const client = await DirectLineClient.start(server.url);
    seen.push(client.token);
    await client.ask('help');
    await client.ask(`my ssn is ${SSN}`);
    const refreshed = (await (await json(`${server.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${client.token}` })).json()) as { token: string };
    seen.push(refreshed.token);
    const tampered = `${client.token.slice(0, -4)}AAAA`;
    seen.push(tampered);
    const bad = await fetch(`${server.url}/v3/directline/conversations/${client.conversationId}/activities`, { headers: { authorization: `Bearer ${tampered}` } });
    expect(bad.status).toBe(401);
  });

  it('console: a failed and a successful sign-in, calls with the session cookie, sign-out', async () => {
    const failed = await json(`${server.url}/api/console/login`, { username: 'secrets-admin', password: `${SECRETS.consolePassword}-wrong` });
    expect(failed.status).toBe(401);
    seen.push(`${SECRETS.consolePassword}-wrong`);
    const login = await json(`${server.url}/api/console/login`, { username: 'secrets-admin', password: SECRETS.consolePassword });
    expect(login.status).toBe(204);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const session = cookie.split('=')[1]!;
    expect(session.length).toBeGreaterThan(10);
    seen.push(session);
    expect((await fetch(`${server.url}/api/console/me`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/console/cases?status=queued`, { headers: { cookie } })).status).toBe(200);
    expect((await json(`${server.url}/api/console/logout`, {}, { cookie })).status).toBe(204);
    expect((await fetch(`${server.url}/api/console/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('case e-mail: the SMTP password, whether the server refuses the sign-in, is away, or takes the mail', async () => {
    const client = await DirectLineClient.start(server.url);
    await submitCase(client);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) notifierLogs.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger('trace', sink);
    const smtp = await startSmtp();
    try {
      const attempt = async (url: string) => {
        const worker = startNotificationWorker({
          outbox: server.app.stores.outbox,
          cases: server.app.stores.cases,
          send: createSmtpCaseMail({ url, from: 'assistant@drs.example', to: 'priority.one@drs.example', timeoutMs: 3000 }),
          logger,
          intervalMs: 60_000,
        });
        await worker.runOnce();
        await worker.stop();
        await server.db.query('update case_notifications set next_attempt_at = now() where sent_at is null');
      };
      await attempt(`smtp://assistant:${SECRETS.smtpPassword}@127.0.0.1:${await closedPort()}`);
      await attempt(`smtp://refused:${SECRETS.smtpPassword}@127.0.0.1:${smtp.port}`);
      await attempt(`smtp://assistant:${SECRETS.smtpPassword}@127.0.0.1:${smtp.port}`);
    } finally {
      await smtp.close();
    }
    expect(notifierLogs.map((line) => line.msg)).toEqual(['case e-mail not sent; will retry', 'case e-mail not sent; will retry', 'case e-mail sent']);
    expect(notifierLogs[0]!.error).toMatch(/ECONNREFUSED/);
    expect(notifierLogs[1]!.error).toMatch(/Invalid username or password|auth/i);
  });

  it('/api/messages with Bot Framework tokens, accepted and refused', async () => {
    const activity = { type: 'message', text: 'help', id: 'a-1', channelId: 'sms', deliveryMode: 'expectReplies', serviceUrl: 'https://sms.botframework.com/', conversation: { id: 'sms-secrets' }, from: { id: '+18605550123' }, recipient: { id: APP_ID } };
    const good = await issuer.token(APP_ID, activity.serviceUrl);
    const wrongAudience = await issuer.token('11111111-2222-4333-8444-555555555555', activity.serviceUrl);
    seen.push(good, wrongAudience);
    expect((await json(`${channelServer.url}/api/messages`, activity, { authorization: `Bearer ${good}` })).status).toBe(200);
    expect((await json(`${channelServer.url}/api/messages`, activity, { authorization: `Bearer ${wrongAudience}` })).status).toBe(401);
    expect((await json(`${channelServer.url}/api/messages`, activity, { authorization: `Bearer ${good.slice(0, -6)}AAAAAA` })).status).toBe(401);
  });

  it('no log line holds any of them, nor a bearer token, nor the typed SSN', () => {
    const lines = [...server.logs, ...channelServer.logs, ...notifierLogs];
    // The run really was logged, at every level, by every part.
    expect(server.logs.length).toBeGreaterThan(20);
    expect(channelServer.logs.some((line) => line.status === 401)).toBe(true);
    expect(server.logs.some((line) => line.level === 20)).toBe(true);
    expect(seen.length).toBe(8);
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    for (const secret of [...Object.values(SECRETS), TEST_TOKEN_SECRET, ...seen]) {
      expect(text.includes(secret), `a log line holds ${secret.slice(0, 12)}…`).toBe(false);
      expect(text.includes(encodeURIComponent(secret)), `a log line holds ${secret.slice(0, 12)}… (URL-encoded)`).toBe(false);
    }
    expect(text).not.toMatch(/Bearer/i);
    expect(text).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/);
    expect(text).not.toMatch(/smtps?:\/\/[^"\s]*:[^"\s]*@/);
    expect(text).not.toContain(SSN);
  });
});

/** An SMTP server that takes mail, refusing the sign-in of user `refused`. */
async function startSmtp(): Promise<{ port: number; close(): Promise<void> }> {
  const smtp = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => {
      if (auth.username === 'refused') callback(new Error('Invalid username or password'));
      else callback(null, { user: auth.username });
    },
    onData: (stream, _session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => smtp.close(resolve)),
  };
}

