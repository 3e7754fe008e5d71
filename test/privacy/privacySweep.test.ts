import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactionNotice } from '../../src/bot/redactInbound.js';
import { createSmtpCaseMail } from '../../src/channels/smtpCaseMail.js';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import type { DirectLineActivity } from '../../src/cli/directLineClient.js';
import type { Database } from '../../src/db/database.js';
import { startNotificationWorker } from '../../src/handoff/notificationWorker.js';
import { createLogger } from '../../src/lib/log.js';
import { REDACTED_CARD, REDACTED_NUMBER, REDACTED_SSN, redact } from '../../src/privacy/redact.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { describeEachEngine } from '../fixtures/databases.js';
import { TOLD_CASE_NUMBER, taxpayerSees, walkToConfirmation } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const ADMIN = { username: 'sam', password: 'console-password-2024' };
const NOTIFY_TO = 'priority.one@drs.example';

/** Every number typed below, by its digits, and each way it was written. */
const SECRETS = [
  {
    what: 'SSN',
    digits: '123456789',
    written: ['123-45-6789', '123 45 6789', '123456789', 'SSN123-45-6789', '123–45–6789', '１２３-４５-６７８９', '123/45/6789', '123_45_6789', '123\u200B45\u200B6789', '1\u200C2\u200D3\u20604\uFEFF5\u00AD6\u200B7\u200B8\u200B9'],
  },
  { what: 'SSN with O for 0', digits: '078051121', written: ['O78-O5-1121', 'o78 o5 1121'] },
  { what: 'ITIN', digits: '912781234', written: ['912-78-1234', '912 78 1234', '912781234'] },
  { what: 'card', digits: '4111111111111111', written: ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', 'card4111111111111111'] },
  { what: 'card with slashes', digits: '6011000000000004', written: ['6011/0000/0000/0004'] },
  { what: 'account', digits: '000123456789', written: ['000123456789', '000-123-456-789', 'acct000123456789'] },
  { what: 'routing', digits: '021000021', written: ['021000021', 'routing021000021'] },
  { what: 'short account', digits: '73914682', written: ['73914682'] },
  { what: 'short routing', digits: '5820317', written: ['5820317'] },
] as const;

/** The digits in order with at most one space, dash of any kind, slash, underscore or invisible character between them. */
const spaced = (digits: string) => new RegExp(digits.split('').join('[\\s\\p{Pd}\\u2212/_\\p{Cf}]?'), 'u');
const FULLWIDTH_SSN = '１２３-４５-６７８９';

/** Names each secret found in `text`, in any of its written forms or spaced any way. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const secret of SECRETS) {
    for (const form of secret.written) if (text.includes(form)) found.push(`${secret.what} as "${form}"`);
    if (spaced(secret.digits).test(text)) found.push(`${secret.what} (digits ${secret.digits})`);
  }
  if (text.includes(FULLWIDTH_SSN)) found.push('fullwidth SSN');
  return [...new Set(found)];
}

interface Mail {
  raw: string;
}

async function startSmtp(): Promise<{ url: string; received: Mail[]; close(): Promise<void> }> {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

/** Every table, every row, as JSON text. */
async function dumpDatabase(db: Database): Promise<Record<string, string>> {
  const tables = await db.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
  );
  const dump: Record<string, string> = {};
  for (const { table_name: table } of tables.rows) dump[table] = JSON.stringify((await db.query(`select * from "${table}"`)).rows);
  return dump;
}

/** The whole activity log of a conversation, as the page is served it. */
async function servedLog(url: string, client: DirectLineClient): Promise<DirectLineActivity[]> {
  const activities: DirectLineActivity[] = [];
  let watermark = '0';
  for (;;) {
    const response = await fetch(`${url}/v3/directline/conversations/${client.conversationId}/activities?watermark=${watermark}`, {
      headers: { authorization: `Bearer ${client.token}` },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { activities: DirectLineActivity[]; watermark: string };
    if (page.activities.length === 0) return activities;
    activities.push(...page.activities);
    watermark = page.watermark;
  }
}

const text = async (client: DirectLineClient, said: string) => (await client.ask(said)).map(readable).join('\n');

describe('redaction of numbers written unusually', () => {
  it.each([
    ['SSN123-45-6789', `SSN${REDACTED_SSN}`],
    ['ssn 123–45–6789 (en dashes)', `ssn ${REDACTED_SSN} (en dashes)`],
    [`ssn ${FULLWIDTH_SSN}`, `ssn ${REDACTED_SSN}`],
    ['card4111111111111111', `card${REDACTED_CARD}`],
    ['4111\u20111111\u20111111\u20111111', REDACTED_CARD],
    ['acct000123456789 and routing021000021', `acct${REDACTED_NUMBER} and routing${REDACTED_NUMBER}`],
    ['ID-123456789', `ID-${REDACTED_NUMBER}`],
    ['ssn 123/45/6789 or 123_45_6789', `ssn ${REDACTED_SSN} or ${REDACTED_SSN}`],
    ['ssn 1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7\u200B8\u200B9', `ssn ${REDACTED_NUMBER}`],
    ['ssn O78-O5-1121', `ssn ${REDACTED_SSN}`],
    ['card 6011/0000/0000/0004', `card ${REDACTED_CARD}`],
    ['acct #73914682, routing number: 5820317', `acct #${REDACTED_NUMBER}, routing number: ${REDACTED_NUMBER}`],
  ])('hides %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'letter L1234567, 12345678',
    'Form CT-1040 for 2024',
    'call 1-800-382-9463',
    'I owe $12,345,678.90',
    'case 12345678-1234-4123-8123-123456789012',
    'OOO; Form DRS-PW; Room 101; I owe 2,000',
    'account opened 04/15/2025, balance $1,234,567',
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('keeps ids such as case ids whole, whatever their digits', () => {
    fc.assert(fc.property(fc.uuid(), fc.boolean(), (id, upper) => {
      const text = `case ${upper ? id.toUpperCase() : id}: SSN123456789`;
      expect(redact(text)).toBe(`case ${upper ? id.toUpperCase() : id}: SSN${REDACTED_NUMBER}`);
    }), { numRuns: 500 });
  });
});

describeEachEngine('no typed SSN, ITIN, card, account or routing number is kept or shown anywhere', (engine) => {
  let db: Database;
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const workerLogs: string[] = [];

  beforeAll(async () => {
    db = await engine.open();
    smtp = await startSmtp();
    server = await startTestServer({
      db,
      env: {
        CONSOLE_ADMIN_USER: ADMIN.username,
        CONSOLE_ADMIN_PASSWORD: ADMIN.password,
        SMTP_URL: smtp.url,
        PRIORITY_ONE_NOTIFY_TO: NOTIFY_TO,
        LOG_LEVEL: 'debug',
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await db?.close();
  });

  it('after questions, a calculation, a Priority One case and a hand-off chat', { timeout: 90_000 }, async () => {
    // A knowledge question, an unanswerable one and a calculation, each carrying numbers.
    const asker = await DirectLineClient.start(server.url);
    await asker.poll();
    // The question is still answered once the numbers are gone.
    const answered = await text(asker, 'What is the R859 notice? My SSN is 123-45-6789 and my ITIN is 912 78 1234.');
    expect(answered).toContain(redactionNotice);
    expect(answered).toMatch(/R859[\s\S]*Did this answer/);
    expect(await text(asker, `Can DRS take my refund? card 4111-1111-1111-1111, account 000123456789, routing 021000021, SSN123-45-6789, ssn 123–45–6789, ${FULLWIDTH_SSN}`)).toContain(redactionNotice);
    expect(await text(asker, 'Where do I renew my llama permit, card4111111111111111 routing021000021 acct000123456789?')).toContain(redactionNotice);
    expect(
      await text(asker, 'Who runs the llama registry? SSN 123/45/6789, 123_45_6789, 123\u200B45\u200B6789, ssn O78-O5-1121, card 6011/0000/0000/0004, acct #73914682, routing number: 5820317.'),
    ).toContain(redactionNotice);
    const calculation = await text(
      asker,
      'I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe? My SSN is 123 45 6789, ITIN 912781234, card 4111 1111 1111 1111.',
    );
    expect(calculation).toMatch(/Total: \$2,320\.00/);
    expect(calculation).toContain(redactionNotice);

    // A Priority One case whose description carries them too.
    const taxpayer = await DirectLineClient.start(server.url);
    await taxpayer.poll();
    await walkToConfirmation(taxpayer, 'My bank account 000-123-456-789 (routing 021000021) was levied. SSN 123-45-6789, ITIN 912-78-1234, card 4111 1111 1111 1111.');
    const caseNumber = TOLD_CASE_NUMBER.exec(await text(taxpayer, 'Submit'))?.[1] ?? '';
    expect(caseNumber).not.toBe('');

    // The Priority One mailbox is told.
    const notifier = startNotificationWorker({
      outbox: server.app.stores.outbox,
      cases: server.app.stores.cases,
      send: createSmtpCaseMail({ url: smtp.url, from: 'assistant@drs.example', to: NOTIFY_TO }),
      logger: createLogger('debug', { write: (line: string) => void workerLogs.push(line) }),
      intervalMs: 60_000,
    });
    expect(await notifier.runOnce()).toBe(1);
    await notifier.stop();
    expect(smtp.received).toHaveLength(1);

    // A representative claims it; both sides type numbers into the chat, a note and the resolution.
    const consoleBodies: unknown[] = [];
    const sam = await ConsoleClient.signIn(server.url, ADMIN.username, ADMIN.password);
    const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown) => {
      const response = await sam.call<T>(method, path, body);
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
      consoleBodies.push(response.body);
      return response.body;
    };
    const queued = await call<{ cases: { id: string; caseNumber: string }[] }>('GET', '/cases?status=queued');
    const id = queued.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
    await call('POST', `/cases/${id}/claim`);
    await taxpayerSees(taxpayer, /A DRS representative has joined the chat/);
    await call('POST', `/cases/${id}/messages`, { text: 'Please never send 123-45-6789 or card 4111 1111 1111 1111 here; is 021000021 your bank?' });
    await taxpayerSees(taxpayer, /DRS representative: Please never send/);
    await taxpayer.send('Yes, routing021000021, account 000123456789, ITIN 912 78 1234, SSN 123–45–6789.');
    await taxpayer.send('Also o78 o5 1121, 1\u200C2\u200D3\u20604\uFEFF5\u00AD6\u200B7\u200B8\u200B9, my checking account is 73914682 and 5820317 is my routing number.');
    await call('POST', `/cases/${id}/notes`, { text: 'Taxpayer typed SSN 123456789, acct000123456789 and card 4111-1111-1111-1111, 6011/0000/0000/0004, acct no. 73914682.' });
    await call('POST', `/cases/${id}/close`, { resolution: 'Levy released on account 000-123-456-789 (SSN 123-45-6789).' });
    await taxpayerSees(taxpayer, /ended the chat/);
    for (const tab of ['', '?status=queued', '?status=active', '?status=closed']) await call('GET', `/cases${tab}`);
    const detail = await call<{ messages: { text: string }[]; notes: { text: string }[]; case: { resolution: string } }>('GET', `/cases/${id}`);
    // What was said arrived, with the numbers removed.
    expect(detail.messages.map((message) => message.text).join('\n')).toMatch(/\[SSN removed\][\s\S]*\[card number removed\][\s\S]*routing\[number removed\]/);
    expect(detail.notes[0]?.text).toContain(REDACTED_NUMBER);
    expect(detail.case.resolution).toContain(REDACTED_SSN);

    // Beside the text: a display name, a card submission, an attachment and page data, on Direct Line and on a channel.
    const beside = {
      from: { id: 'pat', name: 'Pat 123-45-6789' },
      value: { note: 'card 4111 1111 1111 1111', accounts: [{ number: 123456789 }, { number: '000123456789' }, { number: 'acct 73914682', ssn: 'O78-O5-1121' }] },
      attachments: [{ contentType: 'text/html', content: '<p>routing 021000021, ITIN 912-78-1234</p>' }],
    };
    const side = await DirectLineClient.start(server.url);
    await side.poll();
    const sent = await fetch(`${server.url}/v3/directline/conversations/${side.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${side.token}` },
      body: JSON.stringify({ type: 'message', text: 'hello', ...beside, channelData: { clientActivityID: 'abc', pageNote: 'SSN 123-45-6789' } }),
    });
    expect(sent.status).toBe(200);
    const channel = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', text: 'hello', id: 'beside-1', channelId: 'msteams', deliveryMode: 'expectReplies', serviceUrl: server.url,
        conversation: { id: 'teams-beside' }, recipient: { id: 'bot' }, ...beside,
      }),
    });
    expect(channel.status).toBe(200);
    const channelReply = JSON.stringify(await channel.json());

    const places: Record<string, string> = {
      ...Object.fromEntries(Object.entries(await dumpDatabase(db)).map(([table, rows]) => [`database table ${table}`, rows])),
      'server log': JSON.stringify(server.logs),
      'notification worker log': workerLogs.join(''),
      'console API responses': JSON.stringify(consoleBodies),
      'e-mail': smtp.received.map((mail) => mail.raw).join('\n'),
      'activity log served to the asker': JSON.stringify(await servedLog(server.url, asker)),
      'activity log served to the taxpayer': JSON.stringify(await servedLog(server.url, taxpayer)),
      'activity log served beside the text': JSON.stringify(await servedLog(server.url, side)),
      'reply to the channel': channelReply,
    };
    expect(Object.keys(places)).toEqual(expect.arrayContaining(['database table bot_state', 'database table dl_activities', 'database table handoff_cases', 'database table case_notes']));
    expect(places['database table conversation_log']).toContain(REDACTED_CARD);
    const found = Object.entries(places).flatMap(([place, content]) => leaks(content).map((leak) => `${leak} in ${place}`));
    expect(found).toEqual([]);
  });
});
