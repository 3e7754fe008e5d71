import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DirectLineClient, DirectLineError, readable } from '../src/cli/directLineClient.js';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { drainAndClose } from '../src/lifecycle.js';
import { createLogger } from '../src/lib/log.js';
import { compose } from '../src/compose.js';
import { TOLD_CASE_NUMBER, TO_CONFIRMATION } from '../test/fixtures/priorityOneScript.js';

export interface SoakOptions {
  /** Simulated taxpayers talking at once. */
  conversations: number;
  /** New conversations start until then; one under way runs to its end. */
  seconds: number;
  /** A Postgres server to use instead of a temporary embedded database. */
  databaseUrl?: string | undefined;
  /** Each taxpayer pauses up to this long between messages. */
  thinkMs?: number;
}

export interface SoakReport {
  conversations: number;
  turns: number;
  /** Failed HTTP calls by status ("network" when there was no answer at all). */
  httpErrors: Record<string, number>;
  serverErrors: number;
  rateLimited: number;
  /** Turns whose replies were not what the script expected. */
  unexpectedReplies: number;
  errorLogLines: number;
  cases: { confirmed: number; inDatabase: number; confirmedNotInDatabase: string[]; confirmedTwice: string[]; inDatabaseNotConfirmed: number };
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  rssMb: { start: number; end: number; peak: number };
  seconds: number;
  engine: string;
  /** Taxpayers still waiting for a turn when the run had to end. */
  stuck: number;
}

type Turn = [said: string, expected: RegExp];

const FAQ: Turn[] = [
  ['What is the R859 notice?', /R859/],
  ['Can DRS take my refund?', /offset/i],
  ['How do I set up a payment plan?', /payment plan/i],
  ['What is Priority One?', /Priority One/],
  ['Is this DRS letter a scam?', /scam|real/i],
  ['Can I settle my tax debt for less than I owe?', /compromise/i],
  ['Why was my federal refund offset?', /Treasury Offset/i],
];
const CALCULATIONS: Turn[] = [
  ['I owe $2,000 in income tax due April 15, 2025; what do I owe on October 15, 2025?', /Total: \$[\d,]+\.\d{2}/],
  ['I owe $750 of sales and use tax that was due May 31, 2025. If I pay on August 20, 2025, what will I owe?', /Total: \$[\d,]+\.\d{2}/],
];
/** A Priority One intake from the first words to the confirmation. */
const PRIORITY_ONE: Turn[] = [...TO_CONFIRMATION, ['Submit', TOLD_CASE_NUMBER]];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The n-th conversation's script, in a fixed mix: half knowledge questions, a quarter calculations, a quarter Priority One cases (the first among them). */
function script(n: number): Turn[] {
  if (n % 4 === 0) return PRIORITY_ONE;
  if (n % 4 === 2) return [pick(CALCULATIONS), pick(FAQ)];
  return [['hi', /What can I help you with|Notices/], pick(FAQ), pick(FAQ)];
}

function percentile(sorted: number[], q: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}

/** Starts the assistant in this process on a loopback port and talks to it through Direct Line. */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const rssStart = process.memoryUsage.rss();
  let rssPeak = rssStart;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 250);
  const dataDir = options.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'soak-'));
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: dataDir && join(dataDir, 'db') });
  // All traffic comes from 127.0.0.1: the limits stay out of the way, and 429s are counted apart.
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir ?? tmpdir(), LOG_LEVEL: 'warn', RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_CONVERSATION: '10000' });
  let errorLogLines = 0;
  const logger = createLogger(config.LOG_LEVEL, { write: (line: string) => void (/"level":(50|60)/.test(line) && (errorLogLines += 1)) });
  const app = await compose(config, { db, logger, tokenSecret: randomBytes(32).toString('hex'), backgroundJobs: false });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', resolve);
  });
  const url = app.baseUrl();

  const latencies: number[] = [];
  const httpErrors: Record<string, number> = {};
  const confirmed: string[] = [];
  let conversations = 0;
  let unexpectedReplies = 0;
  let running = 0;
  const started = performance.now();
  const deadline = Date.now() + options.seconds * 1000;

  const taxpayer = async () => {
    while (Date.now() < deadline) {
      running += 1;
      try {
        const client = await DirectLineClient.start(url);
        const turns = script(conversations);
        conversations += 1;
        await client.poll();
        for (const [said, expected] of turns) {
          if (options.thinkMs) await sleep(Math.random() * options.thinkMs);
          const turnStarted = performance.now();
          const replies = (await client.ask(said)).map(readable).join('\n');
          latencies.push(performance.now() - turnStarted);
          if (!expected.test(replies)) unexpectedReplies += 1;
          const caseNumber = TOLD_CASE_NUMBER.exec(replies)?.[1];
          if (caseNumber) confirmed.push(caseNumber);
        }
      } catch (error) {
        const status = error instanceof DirectLineError ? String(error.status) : 'network';
        httpErrors[status] = (httpErrors[status] ?? 0) + 1;
      } finally {
        running -= 1;
      }
    }
  };
  // Started a few milliseconds apart, as people arrive.
  const workers = Array.from({ length: options.conversations }, (_, index) => sleep(index * 20).then(taxpayer));
  const finished = await Promise.race([Promise.all(workers).then(() => true), sleep(options.seconds * 1000 + 60_000).then(() => false)]);
  const seconds = (performance.now() - started) / 1000;

  const stored = (await db.query<{ case_number: string }>('select case_number from handoff_cases')).rows.map((row) => row.case_number);
  const inDatabase = new Set(stored);
  const told = new Set(confirmed);
  await drainAndClose(app, () => db.close(), logger, 5000);
  clearInterval(sampler);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const serverErrors = Object.entries(httpErrors).filter(([status]) => Number(status) >= 500).reduce((sum, [, count]) => sum + count, 0);
  return {
    conversations,
    turns: latencies.length,
    httpErrors,
    serverErrors,
    rateLimited: httpErrors['429'] ?? 0,
    unexpectedReplies,
    errorLogLines,
    cases: {
      confirmed: confirmed.length,
      inDatabase: inDatabase.size,
      confirmedNotInDatabase: [...told].filter((number) => !inDatabase.has(number)),
      confirmedTwice: [...told].filter((number) => confirmed.indexOf(number) !== confirmed.lastIndexOf(number)),
      inDatabaseNotConfirmed: stored.filter((number) => !told.has(number)).length,
    },
    latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: Math.round(sorted.at(-1) ?? 0) },
    rssMb: { start: mb(rssStart), end: mb(process.memoryUsage.rss()), peak: mb(rssPeak) },
    seconds: Math.round(seconds),
    engine: db.engine,
    stuck: finished ? 0 : running,
  };
}

/** What makes a run fail: a server error, a case lost or told twice, or a taxpayer left hanging. */
export function soakProblems(report: SoakReport): string[] {
  return [
    ...(report.serverErrors > 0 ? [`${report.serverErrors} server errors (5xx)`] : []),
    ...(report.cases.confirmedNotInDatabase.length > 0 ? [`confirmed cases missing from the database: ${report.cases.confirmedNotInDatabase.join(', ')}`] : []),
    ...(report.cases.confirmedTwice.length > 0 ? [`case numbers told to two conversations: ${report.cases.confirmedTwice.join(', ')}`] : []),
    ...(report.stuck > 0 ? [`${report.stuck} conversations still waiting a minute after the end`] : []),
  ];
}
