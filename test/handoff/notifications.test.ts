import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpCaseMail } from '../../src/channels/smtpCaseMail.js';
import { sqlStores } from '../../src/compose.js';
import type { Database } from '../../src/db/database.js';
import { SqlNotificationOutbox } from '../../src/db/sqlNotificationOutbox.js';
import type { EmailMessage } from '../../src/handoff/caseEmail.js';
import type { CaseSummary } from '../../src/handoff/caseSummary.js';
import { notificationsEnabled, startNotificationWorker } from '../../src/handoff/notificationWorker.js';
import type { CaseStore, NotificationOutbox, SendEmail } from '../../src/handoff/ports.js';
import { createLogger } from '../../src/lib/log.js';
import { describeEachEngine } from '../fixtures/databases.js';
import { closedPort } from '../fixtures/closedPort.js';

const NOTIFY_TO = 'priority.one@drs.example';
const FROM = 'assistant@drs.example';
const PASSWORD = 'Sup3r-Secret-Pw';
const PRIVATE = ['Jordan Example', '860-555-0123', 'jordan@example.com', 'levied after the notice', 'took my rent money'];

interface Received {
  from: string;
  to: string[];
  raw: string;
}

interface TestSmtp {
  url: string;
  received: Received[];
  /** The next `count` recipients are refused with a temporary error. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onRcptTo: (_address, _session, callback) => {
      if (refusals > 0) {
        refusals -= 1;
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
        return;
      }
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://assistant:${PASSWORD}@127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}


const summary = (): CaseSummary => ({
  kind: 'priorityOne',
  taxpayerType: 'individual',
  collectionActions: ['bankLevy'],
  covidImpact: 'yes',
  eligible: true,
  contact: { name: 'Jordan Example', phone: '860-555-0123', email: 'jordan@example.com' },
  preferredTime: 'Weekday mornings',
  description: 'My bank account was levied after the notice',
  computed: {},
  consentAt: new Date().toISOString(),
});

function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(line) }) };
}

interface OutboxRow {
  attempts: number;
  sent: boolean;
  future: boolean;
  last_error: string | null;
}

describe('notificationsEnabled', () => {
  it('needs both an SMTP server and a mailbox', () => {
    const url = 'smtp://127.0.0.1:25';
    expect(notificationsEnabled({ SMTP_URL: undefined, PRIORITY_ONE_NOTIFY_TO: undefined })).toBe(false);
    expect(notificationsEnabled({ SMTP_URL: url, PRIORITY_ONE_NOTIFY_TO: undefined })).toBe(false);
    expect(notificationsEnabled({ SMTP_URL: undefined, PRIORITY_ONE_NOTIFY_TO: NOTIFY_TO })).toBe(false);
    expect(notificationsEnabled({ SMTP_URL: url, PRIORITY_ONE_NOTIFY_TO: NOTIFY_TO })).toBe(true);
  });
});

describeEachEngine('case e-mail notifications', (engine) => {
  let db: Database;
  let smtp: TestSmtp;
  let cases: CaseStore;

  beforeAll(async () => {
    db = await engine.open();
    smtp = await startSmtp();
    cases = sqlStores(db).cases;
  });
  afterAll(async () => {
    await smtp.close();
    await db.close();
  });
  beforeEach(async () => {
    await db.query('delete from case_notifications');
    smtp.received.length = 0;
    smtp.refuseNext(0);
  });

  const createCase = async (notify: boolean) => {
    const { handoffCase } = await cases.create({
      submissionKey: randomUUID(),
      channelId: 'webchat',
      conversationId: randomUUID(),
      conversationRef: {},
      summary: summary(),
      transcript: [{ direction: 'in', text: 'The levy took my rent money', at: new Date().toISOString() }],
      notify,
    });
    return handoffCase;
  };

  const outboxRow = async (caseId: string) =>
    (
      await db.query<OutboxRow>(
        'select attempts, sent_at is not null as sent, next_attempt_at > now() as future, last_error from case_notifications where case_id = $1',
        [caseId],
      )
    ).rows[0];

  const worker = (options: { send?: SendEmail; outbox?: NotificationOutbox; logger?: ReturnType<typeof createLogger>; batchSize?: number } = {}) =>
    startNotificationWorker({
      outbox: options.outbox ?? new SqlNotificationOutbox(db),
      cases,
      send: options.send ?? createSmtpCaseMail({ url: smtp.url, from: FROM, to: NOTIFY_TO }),
      logger: options.logger ?? createLogger('silent'),
      intervalMs: 60_000,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    });

  it('e-mails the Priority One mailbox once, with the case number and nothing personal', async () => {
    const handoffCase = await createCase(true);
    const notifier = worker();
    expect(await notifier.runOnce()).toBe(1);
    expect(await notifier.runOnce()).toBe(0);
    await notifier.stop();

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.from).toBe(FROM);
    expect(mail?.to).toEqual([NOTIFY_TO]);
    expect(mail?.raw).toContain(`Subject: Priority One case ${handoffCase.caseNumber} (queued)`);
    expect(mail?.raw).toContain(`Case number: ${handoffCase.caseNumber}`);
    // 7-bit text, so the absence checks below see the words as written.
    expect(mail?.raw).toMatch(/Content-Transfer-Encoding: 7bit/i);
    for (const secret of PRIVATE) expect(mail?.raw).not.toContain(secret);
    expect(await outboxRow(handoffCase.id)).toMatchObject({ attempts: 0, sent: true });
  });

  it('sends nothing for a case made without notify', async () => {
    const handoffCase = await createCase(false);
    const notifier = worker();
    expect(await notifier.runOnce()).toBe(0);
    await notifier.stop();
    expect(smtp.received).toHaveLength(0);
    expect(await outboxRow(handoffCase.id)).toBeUndefined();
  });

  it('records a refused attempt, backs off, and delivers once when due again', async () => {
    const { lines, logger } = capturedLogger();
    const handoffCase = await createCase(true);
    smtp.refuseNext(1);
    const notifier = worker({ logger });

    expect(await notifier.runOnce()).toBe(0);
    expect(await cases.get(handoffCase.id)).toMatchObject({ caseNumber: handoffCase.caseNumber, status: 'queued' });
    const failed = await outboxRow(handoffCase.id);
    expect(failed).toMatchObject({ attempts: 1, sent: false, future: true });
    expect(failed?.last_error).toMatch(/450/);
    expect(failed?.last_error).not.toContain(PASSWORD);
    expect(lines.join('')).toMatch(/will retry/);

    expect(await notifier.runOnce()).toBe(0);
    expect(smtp.received).toHaveLength(0);

    await db.query('update case_notifications set next_attempt_at = now() where case_id = $1', [handoffCase.id]);
    expect(await notifier.runOnce()).toBe(1);
    expect(await notifier.runOnce()).toBe(0);
    await notifier.stop();
    expect(smtp.received).toHaveLength(1);
    expect(await outboxRow(handoffCase.id)).toMatchObject({ attempts: 1, sent: true });
    expect(lines.join('')).not.toContain(PASSWORD);
  });

  it('leaves the case alone and records the failure when the SMTP server is down', async () => {
    const { lines, logger } = capturedLogger();
    const url = `smtp://assistant:${PASSWORD}@127.0.0.1:${await closedPort()}`;
    const notifier = worker({ logger, send: createSmtpCaseMail({ url, from: FROM, to: NOTIFY_TO, timeoutMs: 2000 }) });
    const handoffCase = await createCase(true);

    expect(await notifier.runOnce()).toBe(0);
    await notifier.stop();
    expect(await cases.get(handoffCase.id)).toMatchObject({ caseNumber: handoffCase.caseNumber, status: 'queued' });
    const failed = await outboxRow(handoffCase.id);
    expect(failed).toMatchObject({ attempts: 1, sent: false, future: true });
    expect(failed?.last_error).toMatch(/ECONNREFUSED|ECONNECTION/);
    for (const text of [failed?.last_error ?? '', lines.join('')]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('smtp://');
    }
  });

  it('gives up after the last attempt and logs an error', async () => {
    const { lines, logger } = capturedLogger();
    const handoffCase = await createCase(true);
    await db.query('update case_notifications set attempts = 19 where case_id = $1', [handoffCase.id]);
    const notifier = worker({ logger, send: () => Promise.reject(new Error('relay denied')) });

    expect(await notifier.runOnce()).toBe(0);
    expect(await outboxRow(handoffCase.id)).toMatchObject({ attempts: 20, sent: false, last_error: 'relay denied' });
    expect(lines.some((line) => line.includes('"level":50') && line.includes('giving up'))).toBe(true);

    await db.query('update case_notifications set next_attempt_at = now() where case_id = $1', [handoffCase.id]);
    expect(await new SqlNotificationOutbox(db).claimDue(10)).toEqual([]);
    await notifier.stop();
  });

  it('delivers each e-mail once when two instances run at the same time', async () => {
    const created = await Promise.all(Array.from({ length: 6 }, () => createCase(true)));
    const first = worker({ outbox: new SqlNotificationOutbox(db), batchSize: 2 });
    const second = worker({ outbox: new SqlNotificationOutbox(db), batchSize: 2 });

    let total = 0;
    for (let round = 0; round < 3; round += 1) {
      const counts = await Promise.all([first.runOnce(), second.runOnce()]);
      total += counts[0] + counts[1];
    }
    await Promise.all([first.stop(), second.stop()]);

    expect(total).toBe(6);
    expect(smtp.received).toHaveLength(6);
    const numbers = smtp.received.map((mail) => /Case number: (\S+)/.exec(mail.raw)?.[1]);
    expect(new Set(numbers)).toEqual(new Set(created.map((handoffCase) => handoffCase.caseNumber)));
  });

  it('hides a claimed notification from other instances until it is sent or released', async () => {
    const handoffCase = await createCase(true);
    const outbox = new SqlNotificationOutbox(db);
    expect(await outbox.claimDue(10)).toEqual([{ caseId: handoffCase.id, attempts: 0 }]);
    expect(await new SqlNotificationOutbox(db).claimDue(10)).toEqual([]);
    await outbox.release(handoffCase.id);
    expect(await new SqlNotificationOutbox(db).claimDue(10)).toEqual([{ caseId: handoffCase.id, attempts: 0 }]);
  });

  it('stop() waits for the e-mail being sent and hands the rest back', async () => {
    const [firstCase, secondCase] = [await createCase(true), await createCase(true)];
    let finish: () => void = () => undefined;
    let started: () => void = () => undefined;
    const sending = new Promise<void>((resolve) => {
      started = resolve;
    });
    const sent: EmailMessage[] = [];
    const send: SendEmail = (message) =>
      new Promise<void>((resolve) => {
        started();
        finish = () => {
          sent.push(message);
          resolve();
        };
      });
    const notifier = worker({ send });

    const run = notifier.runOnce();
    await sending;
    let stopped = false;
    const stopping = notifier.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(await run).toBe(1);
    expect(sent).toHaveLength(1);

    const rows = await Promise.all([outboxRow(firstCase.id), outboxRow(secondCase.id)]);
    expect(rows.filter((row) => row?.sent)).toHaveLength(1);
    expect(rows.filter((row) => row && !row.sent && !row.future && row.attempts === 0)).toHaveLength(1);
    expect(await notifier.runOnce()).toBe(0);
  });

  it('keeps polling on its own and stop() resolves', async () => {
    const handoffCase = await createCase(true);
    const notifier = startNotificationWorker({
      outbox: new SqlNotificationOutbox(db),
      cases,
      send: createSmtpCaseMail({ url: smtp.url, from: FROM, to: NOTIFY_TO }),
      logger: createLogger('silent'),
      intervalMs: 20,
    });
    await expect.poll(async () => (await outboxRow(handoffCase.id))?.sent, { timeout: 5000 }).toBe(true);
    await expect(notifier.stop()).resolves.toBeUndefined();
    expect(smtp.received).toHaveLength(1);
  });
});

describe('notification worker without a database', () => {
  it('logs and carries on when the outbox fails', async () => {
    const { lines, logger } = capturedLogger();
    const outbox: NotificationOutbox = {
      claimDue: () => Promise.reject(new Error('connection to smtp://user:pw@host refused')),
      markSent: () => Promise.resolve(),
      recordFailure: () => Promise.resolve(undefined),
      release: () => Promise.resolve(),
    };
    const notifier = startNotificationWorker({ outbox, cases: { get: () => Promise.resolve(undefined) }, send: () => Promise.resolve(), logger, intervalMs: 60_000 });
    expect(await notifier.runOnce()).toBe(0);
    await notifier.stop();
    expect(lines.join('')).toMatch(/outbox unavailable/);
    expect(lines.join('')).not.toContain('pw@host');
  });
});
