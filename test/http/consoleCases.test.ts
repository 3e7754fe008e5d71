import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import { hashPassword } from '../../src/console/passwords.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import type { EventStream } from '../fixtures/consoleClient.js';
import { submitCase, taxpayerSees } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const ADMIN = { username: 'sam', password: 'console-password-2024' };
const OTHER = { username: 'alex', password: 'another-console-password' };
const RETRY_DELAYS_MS = [100, 200];

interface CaseItem {
  id: string;
  caseNumber: string;
  status: string;
  claimedBy: string | null;
  waitingSeconds: number | null;
  resolution: string | null;
}
interface CaseDetail {
  case: CaseItem;
  messages: { sender: string; author: string | null; text: string; delivery: string | null }[];
  notes: { author: string; text: string }[];
  history: { actor: string; action: string; detail: string | null }[];
}

/**
 * A channel's service URL that refuses every request (404, which the SDK's connector does not
 * retry itself, unlike a 5xx), noting when each came.
 */
async function failingChannel(): Promise<{ url: string; requests: number[]; close(): Promise<void> }> {
  const requests: number[] = [];
  const channel = createServer((request, response) => {
    requests.push(Date.now());
    request.resume();
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  const { port } = channel.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((resolve) => channel.close(() => resolve())) };
}

describe('representatives take cases and talk with the taxpayer', () => {
  let server: TestServer;
  let sam: ConsoleClient;
  let alex: ConsoleClient;
  let stream: EventStream;

  beforeAll(async () => {
    server = await startTestServer({
      env: { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password },
      // Short waits between the desk's tries of a message the channel refused.
      overrides: { deliveryRetryDelaysMs: RETRY_DELAYS_MS },
    });
    await server.db.query('insert into console_users (username, password_hash) values ($1, $2)', [OTHER.username, await hashPassword(OTHER.password)]);
    sam = await ConsoleClient.signIn(server.url, ADMIN.username, ADMIN.password);
    alex = await ConsoleClient.signIn(server.url, OTHER.username, OTHER.password);
    stream = await sam.events();
  });
  afterAll(async () => {
    stream?.close();
    await server?.close();
  });

  it('queue, one winner of a claim race, live messages both ways, notes, release, close and the audit trail', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    const caseNumber = await submitCase(taxpayer);
    const created = await stream.next((event) => event.type === 'caseCreated' && event.caseNumber === caseNumber);

    const queue = await sam.call<{ cases: CaseItem[] }>('GET', '/cases?status=queued');
    const queued = queue.body.cases.find((item) => item.caseNumber === caseNumber);
    expect(queued).toMatchObject({ id: created.caseId, status: 'queued', claimedBy: null });
    expect(queued?.waitingSeconds).toBeGreaterThanOrEqual(0);

    // Twenty claims at once from two representatives: exactly one wins.
    const claims = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 ? alex : sam).call('POST', `/cases/${created.caseId}/claim`)));
    const statuses = claims.map((claim) => claim.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const winner = claims.findIndex((claim) => claim.status === 200) % 2 ? alex : sam;
    const loser = winner === sam ? alex : sam;
    expect(JSON.stringify(claims.find((claim) => claim.status === 409)?.body)).toMatch(/already taken/);
    await taxpayerSees(taxpayer, /A DRS representative has joined the chat about your case/);

    // Only the winner may talk, release or close.
    expect((await loser.call('POST', `/cases/${created.caseId}/messages`, { text: 'Hi' })).status).toBe(403);
    const sent = await winner.call<{ message: { delivery: string; sender: string } }>('POST', `/cases/${created.caseId}/messages`, { text: 'Hello, this is DRS. How can I help?' });
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({ sender: 'representative', delivery: 'delivered' });
    await taxpayerSees(taxpayer, /DRS representative: Hello, this is DRS\. How can I help\?/);

    // The taxpayer's reply goes to the case, and to every console's event stream.
    const reply = await taxpayer.ask('The levy took my rent money. Account 000123456789.');
    expect(reply.map(readable).join('\n')).not.toMatch(/What can I help you with|did you mean/i);
    await stream.next((event) => event.type === 'taxpayerMessage' && event.caseId === created.caseId);

    const note = await winner.call('POST', `/cases/${created.caseId}/notes`, { text: 'Asked for bank statements.' });
    expect(note.status).toBe(201);
    expect((await winner.call('POST', `/cases/${created.caseId}/release`)).status).toBe(200);
    await stream.next((event) => event.type === 'caseReleased' && event.caseId === created.caseId);
    expect((await loser.call('POST', `/cases/${created.caseId}/claim`)).status).toBe(200);
    const closed = await loser.call<{ case: CaseItem }>('POST', `/cases/${created.caseId}/close`, { resolution: 'Payment plan revised through Priority One.' });
    expect(closed.status).toBe(200);
    expect(closed.body.case).toMatchObject({ status: 'closed', resolution: 'Payment plan revised through Priority One.' });
    const ended = await taxpayerSees(taxpayer, /The DRS representative ended the chat\. Your case P1-\w{6} is closed\. You are back with the assistant/);
    expect(ended).not.toMatch(/bank statements/);

    // Back with the assistant: a question gets an answer, not the case.
    expect((await taxpayer.ask('What is the R859 notice?')).map(readable).join('\n')).toMatch(/R859/);

    const detail = await sam.call<CaseDetail>('GET', `/cases/${created.caseId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.messages.map((message) => message.sender)).toEqual(['representative', 'taxpayer']);
    expect(detail.body.messages[0]).toMatchObject({ author: winner === sam ? 'sam' : 'alex', delivery: 'delivered' });
    expect(detail.body.messages[1]?.text).toContain('[number removed]');
    expect(detail.body.notes).toEqual([expect.objectContaining({ text: 'Asked for bank statements.' })]);
    const history = detail.body.history.map(({ actor, action }) => `${actor}:${action}`);
    const [w, l] = winner === sam ? ['sam', 'alex'] : ['alex', 'sam'];
    expect(history).toEqual([`${w}:claim`, `${w}:message`, `${w}:note`, `${w}:release`, `${l}:claim`, `${l}:close`, 'sam:view']);
    expect(detail.body.history.find((entry) => entry.action === 'close')?.detail).toBe('Payment plan revised through Priority One.');
    expect(JSON.stringify(detail.body)).not.toMatch(/123-45-6789|000123456789/);

    const closedTab = await sam.call<{ cases: CaseItem[] }>('GET', '/cases?status=closed');
    expect(closedTab.body.cases.map((item) => item.caseNumber)).toContain(caseNumber);
  });

  it('a supervisor reassigns a claimed case to someone else and back to the queue; a representative may not', async () => {
    expect((await sam.call('GET', '/me')).body).toEqual({ username: 'sam', role: 'supervisor' });
    expect((await alex.call('GET', '/me')).body).toEqual({ username: 'alex', role: 'representative' });
    expect((await sam.call('GET', '/users')).body).toEqual({ users: [{ username: 'alex', role: 'representative' }, { username: 'sam', role: 'supervisor' }] });
    const refused = await alex.call('GET', '/users');
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toMatch(/Only a supervisor may do this/);

    const taxpayer = await DirectLineClient.start(server.url);
    const caseNumber = await submitCase(taxpayer);
    const created = await stream.next((event) => event.type === 'caseCreated' && event.caseNumber === caseNumber);
    const reassign = (who: ConsoleClient, body: unknown) => who.call<{ case: CaseItem }>('POST', `/cases/${created.caseId}/reassign`, body);
    const queuedAnswer = await reassign(sam, { to: 'alex' });
    expect(queuedAnswer.status).toBe(409);
    expect(JSON.stringify(queuedAnswer.body)).toMatch(/is queued; only a case someone has can be reassigned/);

    expect((await alex.call('POST', `/cases/${created.caseId}/claim`)).status).toBe(200);
    await taxpayerSees(taxpayer, /A DRS representative has joined the chat/);
    expect((await reassign(alex, { to: 'sam' })).status).toBe(403);
    for (const [body, status, message] of [
      [{ to: 'nobody' }, 400, /There is no console account "nobody"/],
      [{ to: 'alex' }, 409, /already with alex/],
      [{ to: 'not a name!' }, 400, /must be a console account name/],
      [{}, 400, /to/],
    ] as const) {
      const answer = await sam.call<{ error: { message: string } }>('POST', `/cases/${created.caseId}/reassign`, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.error.message).toMatch(message);
    }

    const toSam = await reassign(sam, { to: 'sam' });
    expect(toSam.status).toBe(200);
    expect(toSam.body.case).toMatchObject({ status: 'active', claimedBy: 'sam' });
    await stream.next((event) => event.type === 'caseReassigned' && event.caseId === created.caseId && event.actor === 'sam');
    await taxpayerSees(taxpayer, /Another DRS representative is taking over your case P1-\w{6}\. Your chat stays open/);
    expect((await alex.call('POST', `/cases/${created.caseId}/messages`, { text: 'Still here?' })).status).toBe(403);
    expect((await sam.call('POST', `/cases/${created.caseId}/messages`, { text: 'I have your case now.' })).status).toBe(201);

    const toQueue = await reassign(sam, { to: null });
    expect(toQueue.body.case).toMatchObject({ status: 'queued', claimedBy: null });
    await taxpayerSees(taxpayer, /Your case P1-\w{6} is back in the queue/);
    const detail = await sam.call<CaseDetail>('GET', `/cases/${created.caseId}`);
    expect(detail.body.history.filter((entry) => entry.action === 'reassign')).toEqual([
      expect.objectContaining({ actor: 'sam', detail: 'from alex to sam' }),
      expect.objectContaining({ actor: 'sam', detail: 'from sam to the queue' }),
    ]);
    expect((await alex.call('POST', `/cases/${created.caseId}/claim`)).status).toBe(200);
  });

  it.each([
    ['a message with no text', 'messages', { text: '  ' }, 400, /message is empty/],
    ['a message over 2000 characters', 'messages', { text: 'x'.repeat(2001) }, 400, /longer than 2000/],
    ['a close without a resolution', 'close', {}, 400, /resolution/],
    ['a note that is not text', 'notes', { text: 42 }, 400, /note/],
  ])('refuses %s with a 400 naming the problem', async (_what, action, body, status, message) => {
    const { body: list } = await sam.call<{ cases: CaseItem[] }>('GET', '/cases');
    const id = list.cases[0]?.id ?? '00000000-0000-4000-8000-000000000000';
    const response = await sam.call('POST', `/cases/${id}/${action}`, body);
    expect(response.status).toBe(status);
    expect(JSON.stringify(response.body)).toMatch(message);
  });

  it('answers 400 for a malformed case id, 404 for an unknown one, 400 for an unknown tab', async () => {
    expect((await sam.call('GET', '/cases/not-a-case')).status).toBe(400);
    expect((await sam.call('POST', '/cases/00000000-0000-4000-8000-000000000000/claim')).status).toBe(404);
    expect((await sam.call('GET', '/cases?status=lost')).status).toBe(400);
  });

  it('refuses a message on a case nobody claimed', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    const caseNumber = await submitCase(taxpayer);
    const { body } = await sam.call<{ cases: CaseItem[] }>('GET', '/cases?status=queued');
    const id = body.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
    const response = await sam.call('POST', `/cases/${id}/messages`, { text: 'Hello' });
    expect(response.status).toBe(409);
    expect(JSON.stringify(response.body)).toMatch(/claim it first/);
  });

  it('keeps a message the taxpayer could not get, marked failed with the reason, after retrying', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    const caseNumber = await submitCase(taxpayer);
    const { body } = await sam.call<{ cases: CaseItem[] }>('GET', '/cases?status=queued');
    const id = body.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
    expect((await sam.call('POST', `/cases/${id}/claim`)).status).toBe(200);
    // The taxpayer's channel refuses every request.
    const channel = await failingChannel();
    await server.db.query(`update handoff_cases set conversation_ref = jsonb_set(conversation_ref, '{serviceUrl}', to_jsonb($2::text)) where id = $1`, [id, channel.url]);

    const sent = await sam.call<{ message: { delivery: string; error: string } }>('POST', `/cases/${id}/messages`, { text: 'Are you there?' });
    await channel.close();
    expect(sent.status).toBe(201);
    expect(sent.body.message.delivery).toBe('failed');
    expect(sent.body.message.error).toMatch(/channel did not take the message/);
    // One try and a retry after each wait, the waits kept.
    expect(channel.requests).toHaveLength(1 + RETRY_DELAYS_MS.length);
    RETRY_DELAYS_MS.forEach((wait, index) => expect(channel.requests[index + 1]! - channel.requests[index]!).toBeGreaterThanOrEqual(wait));
    await stream.next((event) => event.type === 'deliveryFailed' && event.caseId === id);
    const detail = await sam.call<CaseDetail>('GET', `/cases/${id}`);
    expect(detail.body.messages.at(-1)).toMatchObject({ sender: 'representative', text: 'Are you there?', delivery: 'failed' });
  });

  it('honours an SMS STOP: nothing is sent, and the representative is told why', async () => {
    const texter = await DirectLineClient.start(server.url, { channelId: 'sms' });
    const caseNumber = await submitCase(texter);
    expect((await texter.ask('STOP')).map(readable).join('\n')).toMatch(/START/);
    const { body } = await sam.call<{ cases: CaseItem[] }>('GET', '/cases?status=queued');
    const id = body.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
    expect((await sam.call('POST', `/cases/${id}/claim`)).status).toBe(200);

    const sent = await sam.call<{ message: { delivery: string; error: string } }>('POST', `/cases/${id}/messages`, { text: 'Hello by text.' });
    expect(sent.body.message).toMatchObject({ delivery: 'failed', error: expect.stringMatching(/replied STOP/) });
    expect((await texter.poll()).map(readable).join('\n')).not.toMatch(/Hello by text|joined the chat/);
    const detail = await sam.call<CaseDetail>('GET', `/cases/${id}`);
    expect(detail.body.messages.map((message) => message.text).join('\n')).toMatch(/Not delivered to the taxpayer: "A DRS representative has joined/);
  });

  it('refuses claims, messages, notes, releases, reassignments and closes sent from another site, and changes nothing', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    const caseNumber = await submitCase(taxpayer);
    const { body } = await sam.call<{ cases: CaseItem[] }>('GET', '/cases?status=queued');
    const id = body.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
    const cookie = (await fetch(`${server.url}/api/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).headers.get('set-cookie')?.split(';')[0] ?? '';
    for (const [action, payload] of [['claim', {}], ['messages', { text: 'hi' }], ['notes', { text: 'n' }], ['release', {}], ['reassign', { to: null }], ['close', { resolution: 'r' }]] as const) {
      const response = await fetch(`${server.url}/api/console/cases/${id}/${action}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', origin: 'https://evil.example' },
        body: JSON.stringify(payload),
      });
      expect(response.status, action).toBe(403);
      expect(await response.json()).toEqual({ error: { code: 'Forbidden', message: 'Cross-site requests are refused.' } });
    }
    const detail = await sam.call<CaseDetail>('GET', `/cases/${id}`);
    expect(detail.body.case.status).toBe('queued');
    expect(detail.body.notes).toEqual([]);
    expect(detail.body.history.map((entry) => entry.action)).toEqual(['view']);
  });
});
