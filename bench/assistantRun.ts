import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresDatabase } from '../test/fixtures/databases.js';
import { FLOORS, SERVERS } from './benchReport.js';
import type { LoadRow, ServerName } from './benchReport.js';
import { projectRoot, rssMb, startServer, stopServer } from './benchServers.js';
import type { RunningServer } from './benchServers.js';
import { driveConversations } from './conversationLoad.js';
import type { LoadResult, Said } from './conversationLoad.js';
import { summariseCpuProfile } from './cpuProfileTop.js';
import type { ProfileTop } from './cpuProfileTop.js';
import { measureStateSize } from './stateSize.js';
import type { StateRows } from './stateSize.js';

/** One way of running the assistant: a Node binary and a database engine. */
export interface Variant {
  name: string;
  /** The Node binary every server of this variant runs on. */
  node: string;
  nodeVersion: string;
  engine: 'pglite' | 'postgres';
  /** For `postgres`: a server URL on which the run creates (and drops) its own database. */
  adminUrl?: string | undefined;
}

export interface RunOptions {
  warmupSeconds: number;
  seconds: number;
  levels: readonly number[];
  memoryConversations: number;
  /** The memory drive's longest allowed time. */
  memorySeconds: number;
  script: readonly Said[];
  profileDir?: string | undefined;
}

export interface VariantResult {
  variant: Omit<Variant, 'adminUrl'>;
  startToReadyMs: number;
  restartToReadyMs: number;
  rssMb: { ready: number; afterWarmup: number; rest: number; afterConversations: number; growthPer10kConversations: number };
  rows: LoadRow[];
  memoryDrive: LoadResult & { requestedConversations: number; cutAtSeconds: number };
  state: Record<'loadRuns' | 'oneTurn' | 'all', StateRows>;
  exitCodes: (number | null)[];
  log: { warnings: number; errors: number };
  profile?: ProfileTop | undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Starts the assistant of `variant` alone (start-to-ready, RSS), then per N drives it and the two
 * floors (on the same Node) back to back, then fresh one-turn conversations for memory growth,
 * then a restart on the same data.
 */
export async function runVariant(variant: Variant, options: RunOptions): Promise<VariantResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-assistant-'));
  const database = variant.engine === 'postgres' ? await createPostgresDatabase(variant.adminUrl ?? '') : undefined;
  if (options.profileDir) {
    mkdirSync(options.profileDir, { recursive: true });
    for (const old of readdirSync(options.profileDir).filter((name) => name.endsWith('.cpuprofile'))) rmSync(join(options.profileDir, old));
  }
  const assistantStart = {
    node: variant.node,
    script: 'dist/server.mjs',
    cwd: dataDir,
    nodeFlags: options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : [],
    env: {
      DATA_DIR: dataDir,
      ...(database ? { DATABASE_URL: database.url } : {}),
      LOG_LEVEL: 'warn',
      TOKEN_SIGNING_SECRET: 'bench-signing-secret-0123456789abcdefghijklmnop',
      // The defaults (600 a minute per address, 30 per conversation) would answer this load with 429.
      RATE_LIMIT_PER_ADDRESS: '100000',
      RATE_LIMIT_PER_CONVERSATION: '10000',
    },
  };
  try {
    const assistant = await startServer(assistantStart);
    const rssReady = rssMb(assistant.child.pid);
    log(`${variant.name}: ready in ${assistant.startToReadyMs.toFixed(0)} ms, RSS ${rssReady} MB`);
    const floorArgs = ['--port', '{port}', '--host', '127.0.0.1'];
    const servers: Record<ServerName, RunningServer> = {
      assistant,
      'dialog floor': await startServer({ node: variant.node, script: 'dist/bench/floors/dialogBot.js', args: floorArgs, cwd: projectRoot }),
      'echo floor': await startServer({ node: variant.node, script: 'dist/bench/floors/echoBot.js', args: floorArgs, cwd: projectRoot }),
      'HTTP floor': await startServer({ node: variant.node, script: 'dist/bench/floors/httpFloor.js', args: floorArgs, cwd: projectRoot }),
    };

    // Per N, the four servers back to back, so a busy moment on the machine hits them alike.
    const rows: LoadRow[] = [];
    let rssAfterWarmup = 0;
    for (const n of options.levels) {
      for (const server of SERVERS) {
        const tag = `${server.split(' ')[0]}-n${n}`;
        const result = await driveConversations({ url: servers[server].url, conversations: n, script: options.script, warmupSeconds: options.warmupSeconds, seconds: options.seconds, tag });
        if (server === 'assistant' && !rssAfterWarmup) rssAfterWarmup = rssMb(assistant.child.pid);
        rows.push({ server, concurrency: n, ...result });
        log(`  ${server.padEnd(10)} N=${String(n).padEnd(3)} ${result.turnsPerSecond} turns/s, p99 ${result.latencyMs.p99} ms (first request on a new connection: max ${result.coldConnectionMs.max} ms), errors ${result.errors.total}`);
      }
    }
    for (const floor of FLOORS) await stopServer(servers[floor]);

    // Memory: fresh conversations of one turn each at concurrency 50, RSS idle before and after.
    await sleep(2000);
    const rssRest = rssMb(assistant.child.pid);
    const memoryDrive = await driveConversations({ url: assistant.url, conversations: 50, script: [() => 'hi'], turns: options.memoryConversations, maxSeconds: options.memorySeconds, tag: 'memory' });
    await sleep(2000);
    const rssAfter = rssMb(assistant.child.pid);
    const growth = ((rssAfter - rssRest) * 10_000) / Math.max(1, memoryDrive.conversations);
    log(`  memory: ${memoryDrive.conversations} conversations at ${memoryDrive.turnsPerSecond} turns/s (${memoryDrive.errors.total} errors); RSS ${rssRest} → ${rssAfter} MB`);
    const exitCode = await stopServer(assistant);

    const restarted = await startServer({ ...assistantStart, nodeFlags: [] });
    const exitCodeRestarted = await stopServer(restarted);
    log(`  restart on the same data: ready in ${restarted.startToReadyMs.toFixed(0)} ms`);

    const state = await measureStateSize(database ? { databaseUrl: database.url } : { dataDir: join(dataDir, 'db') }, {
      loadRuns: 'webchat/conversations/assistant-%/',
      oneTurn: 'webchat/conversations/memory-%/',
      all: '%/conversations/%/',
    });
    const profileFile = options.profileDir ? readdirSync(options.profileDir).find((name) => name.endsWith('.cpuprofile') && name.includes(`.${assistant.child.pid}.0.`)) : undefined;
    const { adminUrl: _adminUrl, ...described } = variant;
    return {
      variant: described,
      startToReadyMs: Math.round(assistant.startToReadyMs),
      restartToReadyMs: Math.round(restarted.startToReadyMs),
      rssMb: { ready: rssReady, afterWarmup: rssAfterWarmup, rest: rssRest, afterConversations: rssAfter, growthPer10kConversations: Number(growth.toFixed(1)) },
      rows,
      memoryDrive: { ...memoryDrive, requestedConversations: options.memoryConversations, cutAtSeconds: Math.round(options.memorySeconds) },
      state,
      exitCodes: [exitCode, exitCodeRestarted],
      log: assistant.logged(),
      profile: options.profileDir && profileFile ? summariseCpuProfile(join(options.profileDir, profileFile), projectRoot) : undefined,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}
