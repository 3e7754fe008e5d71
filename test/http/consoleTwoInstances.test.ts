import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import type { EventStream } from '../fixtures/consoleClient.js';
import { createPostgresDatabase, postgresUrl } from '../fixtures/databases.js';
import { submitCase } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const ADMIN = { CONSOLE_ADMIN_USER: 'sam', CONSOLE_ADMIN_PASSWORD: 'console-password-2024' };

describe.skipIf(!postgresUrl)('the console on two instances sharing one PostgreSQL database', () => {
  let database: { url: string; drop(): Promise<void> };
  let dbA: Database;
  let dbB: Database;
  let a: TestServer;
  let b: TestServer;
  let onB: EventStream;

  beforeAll(async () => {
    database = await createPostgresDatabase(postgresUrl ?? '');
    // Each instance has its own pool and its own LISTEN connection, as separate processes would.
    dbA = await openDatabase({ databaseUrl: database.url });
    dbB = await openDatabase({ databaseUrl: database.url });
    a = await startTestServer({ db: dbA, env: ADMIN });
    // Behind a load balancer both instances have one public address; here that is A's.
    b = await startTestServer({ db: dbB, env: { ...ADMIN, PUBLIC_URL: a.url } });
  });
  afterAll(async () => {
    onB?.close();
    await a?.close();
    await b?.close();
    await dbA?.close();
    await dbB?.close();
    await database?.drop();
  });

  it('a case made through A is claimed and answered through B, and the reply through A reaches B live', async () => {
    const repOnA = await ConsoleClient.signIn(a.url, ADMIN.CONSOLE_ADMIN_USER, ADMIN.CONSOLE_ADMIN_PASSWORD);
    const repOnB = await ConsoleClient.signIn(b.url, ADMIN.CONSOLE_ADMIN_USER, ADMIN.CONSOLE_ADMIN_PASSWORD);
    onB = await repOnB.events();

    const taxpayer = await DirectLineClient.start(a.url);
    const caseNumber = await submitCase(taxpayer);
    const created = await onB.next((event) => event.type === 'caseCreated' && event.caseNumber === caseNumber);

    // Claims sent together to both instances: one wins.
    const claims = await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 ? repOnA : repOnB).call('POST', `/cases/${created.caseId}/claim`)));
    expect(claims.map((claim) => claim.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    await onB.next((event) => event.type === 'caseClaimed' && event.caseId === created.caseId);

    const sent = await repOnB.call<{ message: { delivery: string } }>('POST', `/cases/${created.caseId}/messages`, { text: 'Hello from DRS.' });
    expect(sent.body.message.delivery).toBe('delivered');
    const deadline = Date.now() + 5000;
    let seen = '';
    while (!/DRS representative: Hello from DRS\./.test(seen) && Date.now() < deadline) seen += (await taxpayer.poll()).map(readable).join('\n');
    expect(seen).toMatch(/DRS representative: Hello from DRS\./);

    const sentAt = performance.now();
    await taxpayer.send('Thanks, my employer is Acme.');
    await onB.next((event) => event.type === 'taxpayerMessage' && event.caseId === created.caseId);
    console.info(`taxpayer message through A → B's event stream: ${Math.round(performance.now() - sentAt)} ms`);

    const detail = await repOnB.call<{ messages: { sender: string; text: string }[] }>('GET', `/cases/${created.caseId}`);
    expect(detail.body.messages.at(-1)).toMatchObject({ sender: 'taxpayer', text: 'Thanks, my employer is Acme.' });
  });
});
