import { describe, expect, it } from 'vitest';
import { runSoak, soakProblems } from '../../bench/soakRun.js';
import { createPostgresDatabase, postgresUrl } from '../fixtures/databases.js';

describe('soak (short form of npm run soak)', () => {
  it('20 taxpayers at once for 12 s: no server error, every confirmed case stored once, nobody left waiting', { timeout: 150_000 }, async () => {
    // On the test Postgres server when there is one (a database of its own), else embedded.
    const postgres = postgresUrl ? await createPostgresDatabase(postgresUrl) : undefined;
    const report = await runSoak({ conversations: 20, seconds: 12, thinkMs: 100, databaseUrl: postgres?.url }).finally(() => postgres?.drop());

    expect(soakProblems(report)).toEqual([]);
    expect(report.serverErrors).toBe(0);
    expect(report.stuck).toBe(0);
    expect(report.cases.confirmedNotInDatabase).toEqual([]);
    expect(report.cases.confirmedTwice).toEqual([]);
    expect(report.cases.inDatabase).toBe(report.cases.confirmed + report.cases.inDatabaseNotConfirmed);
    // Enough happened to mean something, and it was what the scripts expected.
    expect(report.conversations).toBeGreaterThanOrEqual(20);
    expect(report.turns).toBeGreaterThan(100);
    expect(report.cases.confirmed).toBeGreaterThan(0);
    expect(report.unexpectedReplies).toBe(0);
    expect(report.errorLogLines).toBe(0);
    expect(report.httpErrors).toEqual({});
  });
});
