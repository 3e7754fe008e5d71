import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../src/cli/directLineClient.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { submitCase, taxpayerSees } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const ADMIN = { username: 'sam', password: 'console-password-2024' };
/** Tuesday, November 24, 2026, 10:00 in Connecticut: representatives are working. */
const OPEN = () => new Date('2026-11-24T15:00:00Z');

describe('waiting taxpayers hear when their place in the queue changes', () => {
  let server: TestServer;
  let sam: ConsoleClient;

  beforeAll(async () => {
    server = await startTestServer({ env: { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password }, overrides: { clock: OPEN } });
    sam = await ConsoleClient.signIn(server.url, ADMIN.username, ADMIN.password);
  });
  afterAll(async () => {
    await server?.close();
  });

  const caseId = async (caseNumber: string) =>
    (await sam.call<{ cases: { id: string; caseNumber: string }[] }>('GET', '/cases')).body.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';

  it('moves up when the case ahead is taken, back when it returns, once per change', async () => {
    const first = await DirectLineClient.start(server.url);
    const firstNumber = await submitCase(first);
    const second = await DirectLineClient.start(server.url);
    const secondNumber = await submitCase(second);

    expect((await sam.call('POST', `/cases/${await caseId(firstNumber)}/claim`)).status).toBe(200);
    await server.app.queueNotices.idle();
    const moved = await taxpayerSees(second, new RegExp(`Update on your case ${secondNumber}: you are now number 1 in the queue\\.`));
    // One claim so far says too little to estimate from: no figure is given.
    expect(moved).not.toMatch(/The wait is/);

    // The case ahead goes back to the queue, in its old place: the second taxpayer is number 2 again.
    expect((await sam.call('POST', `/cases/${await caseId(firstNumber)}/release`)).status).toBe(200);
    await server.app.queueNotices.idle();
    await taxpayerSees(second, new RegExp(`Update on your case ${secondNumber}: you are now number 2 in the queue\\.`));
    await taxpayerSees(first, new RegExp(`Your case ${firstNumber} is back in the queue`));

    // Each change is told once, however many events arrive.
    await server.app.queueNotices.tellMoves();
    const updates = (await second.poll()).filter((activity) => /Update on your case/.test(activity.text ?? ''));
    expect(updates).toHaveLength(0);

    // A taxpayer who went back to the assistant keeps their case in the queue but gets no updates.
    const third = await DirectLineClient.start(server.url);
    await submitCase(third);
    await third.ask('end chat');
    expect((await sam.call('POST', `/cases/${await caseId(firstNumber)}/claim`)).status).toBe(200);
    await server.app.queueNotices.idle();
    await taxpayerSees(second, new RegExp(`Update on your case ${secondNumber}: you are now number 1 in the queue\\.`));
    expect((await third.poll()).map((activity) => activity.text ?? '').join('\n')).not.toMatch(/Update on your case/);
    expect((await third.ask('What is the R859 notice?')).map((activity) => activity.text ?? '').join('\n')).toMatch(/R859/);
  });

  it('on SMS tells a change only five minutes after the last thing it told (the store decides, once across instances)', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    const id = await caseId(await submitCase(taxpayer));
    const { cases } = server.app.stores;
    // Told its place at submission a moment ago: a new place waits out the five minutes.
    expect(await cases.claimQueueNotice(id, 99, 300)).toBe(false);
    expect(await cases.claimQueueNotice(id, 99, 0)).toBe(true);
    // The same place is never told twice.
    expect(await cases.claimQueueNotice(id, 99, 0)).toBe(false);
    expect(await Promise.all([cases.claimQueueNotice(id, 98, 0), cases.claimQueueNotice(id, 97, 0)])).toContain(true);
  });
});
