import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SERVERS, chartSvg, loadTable, ratio, targetLines } from './benchReport.js';
import type { LoadRow, ServerName, Target } from './benchReport.js';
import { projectRoot, rssMb, startServer, stopServer } from './benchServers.js';
import type { RunningServer } from './benchServers.js';
import { driveConversations } from './conversationLoad.js';
import type { Said } from './conversationLoad.js';
import { summariseCpuProfile } from './cpuProfileTop.js';
import { measureKnowledgeSearch, paraphraseQuestions } from './kbLatency.js';
import { measureStateSize } from './stateSize.js';

/**
 * `npm run bench -- [--warmup 2] [--seconds 5] [--concurrency 1,10,50] [--conversations 10000]
 * [--kb-queries 5000] [--profile]`: the assistant against two floors (a bare botbuilder echo bot
 * and a bare restify route), each its own process from built JS, over loopback.
 */
const { values } = parseArgs({
  options: {
    warmup: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '1,10,50' },
    conversations: { type: 'string', default: '10000' },
    'kb-queries': { type: 'string', default: '5000' },
    profile: { type: 'boolean', default: false },
  },
});
const number = (name: string, value: string, min: number, whole = true) => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || (whole && !Number.isInteger(parsed))) {
    process.stderr.write(`--${name} must be a ${whole ? 'whole ' : ''}number of at least ${min}\n`);
    process.exit(2);
  }
  return parsed;
};
const options = {
  warmupSeconds: number('warmup', values.warmup, 0, false),
  seconds: number('seconds', values.seconds, 1, false),
  levels: values.concurrency.split(',').map((n) => number('concurrency', n, 1)),
  memoryConversations: number('conversations', values.conversations, 50),
  kbQueries: number('kb-queries', values['kb-queries'], 500),
  profile: values.profile,
};

const runStarted = performance.now();
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const resultsDir = join(projectRoot, 'bench', 'results');
// This process's share of the 3 minutes `npm run bench` may take (the build needs about 20 s),
// and what follows the memory drive (idle, stop, restart, state query).
const RUN_BUDGET_SECONDS = 150;
const AFTER_MEMORY_SECONDS = 15;
const profileDir = join(resultsDir, 'profile');

// A conversation: greeting, a calculation, knowledge questions (some start a guided dialog, so the
// next turn answers its prompt), the menu; then a fresh conversation id.
const questions = paraphraseQuestions();
let asked = 0;
const question: Said = () => questions[(asked += 1) % questions.length] ?? 'What is the R859 notice?';
const CALCULATION = 'I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?';
const conversation: Said[] = [() => 'hi', () => CALCULATION, question, question, () => 'menu'];

log(`bench: warm-up ${options.warmupSeconds} s, measured ${options.seconds} s, N = ${options.levels.join(', ')}${options.profile ? ' (assistant under --cpu-prof: slower than usual)' : ''}`);

// In-process and before any server starts, so nothing else competes for the CPU.
const kb = measureKnowledgeSearch(options.kbQueries, 10);
log(`knowledge search: ${kb.queries} queries, p50 ${kb.p50Ms} ms, p99 ${kb.p99Ms} ms`);

// The assistant starts alone, so start-to-ready is not shared with the floors' start-up.
const dataDir = mkdtempSync(join(tmpdir(), 'bench-assistant-'));
if (options.profile) {
  // Only this run's profile is kept (the folder is git-ignored).
  mkdirSync(profileDir, { recursive: true });
  for (const old of readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'))) rmSync(join(profileDir, old));
}
const assistantStart = {
  script: 'dist/server.mjs',
  cwd: dataDir,
  nodeFlags: options.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  env: {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    TOKEN_SIGNING_SECRET: 'bench-signing-secret-0123456789abcdefghijklmnop',
    // The defaults (600 a minute per address, 30 per conversation) would answer this load with 429.
    RATE_LIMIT_PER_ADDRESS: '100000',
    RATE_LIMIT_PER_CONVERSATION: '10000',
  },
};
const assistant = await startServer(assistantStart);
const rssReady = rssMb(assistant.child.pid);
log(`assistant ready in ${assistant.startToReadyMs.toFixed(0)} ms, RSS ${rssReady} MB`);
const floorArgs = ['--port', '{port}', '--host', '127.0.0.1'];
const servers: Record<ServerName, RunningServer> = {
  assistant,
  'echo floor': await startServer({ script: 'dist/bench/floors/echoBot.js', args: floorArgs, cwd: projectRoot }),
  'HTTP floor': await startServer({ script: 'dist/bench/floors/httpFloor.js', args: floorArgs, cwd: projectRoot }),
};

// Per N, the three servers back to back, so a busy moment on the machine hits them alike.
const rows: LoadRow[] = [];
let rssAfterWarmup = 0;
for (const n of options.levels) {
  for (const server of SERVERS) {
    const { url } = servers[server];
    const tag = `${server.split(' ')[0]}-n${n}`;
    if (options.warmupSeconds > 0) await driveConversations({ url, conversations: n, script: conversation, seconds: options.warmupSeconds, tag: `${tag}-warm` });
    if (server === 'assistant' && !rssAfterWarmup) rssAfterWarmup = rssMb(assistant.child.pid);
    const result = await driveConversations({ url, conversations: n, script: conversation, seconds: options.seconds, tag });
    rows.push({ server, concurrency: n, ...result });
    log(`  ${server.padEnd(10)} N=${String(n).padEnd(3)} ${result.turnsPerSecond} turns/s, p99 ${result.latencyMs.p99} ms, errors ${result.errors.total}`);
  }
}
for (const floor of ['echo floor', 'HTTP floor'] as const) await stopServer(servers[floor]);

// Memory: fresh conversations of one turn each at concurrency 50, RSS idle before and after. The
// drive is cut short (and growth scaled to 10,000) if it would take the run past its time budget.
await sleep(2000);
const elapsedSeconds = (performance.now() - runStarted) / 1000;
const memorySeconds = Math.max(15, Math.min(60, RUN_BUDGET_SECONDS - AFTER_MEMORY_SECONDS - elapsedSeconds));
const rssRest = rssMb(assistant.child.pid);
const memoryDrive = await driveConversations({
  url: assistant.url,
  conversations: 50,
  script: [() => 'hi'],
  turns: options.memoryConversations,
  maxSeconds: memorySeconds,
  tag: 'memory',
});
await sleep(2000);
const rssAfter = rssMb(assistant.child.pid);
const rssGrowthPer10k = ((rssAfter - rssRest) * 10_000) / Math.max(1, memoryDrive.conversations);
log(`memory: ${memoryDrive.conversations} conversations${memoryDrive.conversations < options.memoryConversations ? ` (cut at ${memorySeconds.toFixed(0)} s)` : ''} at ${memoryDrive.turnsPerSecond} turns/s (${memoryDrive.errors.total} errors); RSS ${rssRest} → ${rssAfter} MB`);
const exitCode = await stopServer(assistant);

// For comparison: a restart on the data directory the run left (no initdb this time).
const restarted = await startServer({ ...assistantStart, nodeFlags: [] });
const exitCodeRestarted = await stopServer(restarted);
log(`assistant restart on existing data: ready in ${restarted.startToReadyMs.toFixed(0)} ms`);

const state = await measureStateSize(dataDir, {
  loadRuns: 'webchat/conversations/assistant-%/',
  oneTurn: 'webchat/conversations/memory-%/',
  all: '%/conversations/%/',
});
rmSync(dataDir, { recursive: true, force: true });

const profile = (() => {
  if (!options.profile) return undefined;
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile') && name.includes(`.${assistant.child.pid}.`));
  return file ? summariseCpuProfile(join(profileDir, file), projectRoot) : undefined;
})();

const at = (n: number) => rows.find((row) => row.server === 'assistant' && row.concurrency === n);
const targets: Target[] = [
  { name: 'assistant throughput at N=10 >= 0.5x echo floor', value: `${ratio(rows, 10, 'echo floor').toFixed(2)}x`, met: ratio(rows, 10, 'echo floor') >= 0.5 },
  {
    name: 'assistant p99 at N=50 < 50 ms, no errors',
    value: `${at(50)?.latencyMs.p99 ?? '-'} ms, ${at(50)?.errors.total ?? '-'} errors`,
    met: (at(50)?.latencyMs.p99 ?? Infinity) < 50 && at(50)?.errors.total === 0,
  },
  { name: 'RSS growth < 20 MB per 10,000 conversations', value: `${rssGrowthPer10k.toFixed(1)} MB (${rssRest} → ${rssAfter} MB over ${memoryDrive.conversations} conversations)`, met: rssGrowthPer10k < 20 },
  { name: 'start-to-ready < 3 s', value: `${(assistant.startToReadyMs / 1000).toFixed(2)} s`, met: assistant.startToReadyMs < 3000 },
  { name: 'knowledge search p99 < 2 ms', value: `${kb.p99Ms} ms`, met: kb.p99Ms < 2 },
];

const durationSeconds = Math.round((performance.now() - runStarted) / 100) / 10;
log('');
log(loadTable(rows, options.levels));
log('');
log(`assistant start-to-ready ${assistant.startToReadyMs.toFixed(0)} ms on a fresh DATA_DIR (${restarted.startToReadyMs.toFixed(0)} ms restarting on it); RSS ${rssReady} MB ready, ${rssAfterWarmup} MB after warm-up, ${rssRest} MB at rest after the load runs, ${rssAfter} MB after ${memoryDrive.conversations} more conversations`);
log(
  `state per conversation (bot_state, octet_length(data::text)): ${state.all.avgBytes} bytes on average over ${state.all.rows} conversations; ` +
    `${state.loadRuns.avgBytes} bytes (max ${state.loadRuns.maxBytes}) after the mixed script, ${state.oneTurn.avgBytes} bytes after one greeting`,
);
log(`knowledge search p50 ${kb.p50Ms} ms, p99 ${kb.p99Ms} ms per query (${kb.queries} queries)`);
const logged = assistant.logged();
log(`assistant exit code after SIGTERM: ${exitCode} (after the restart: ${exitCodeRestarted}); its log: ${logged.warnings} warnings, ${logged.errors} errors`);
log('rate limits raised for the run (RATE_LIMIT_PER_ADDRESS=100000, RATE_LIMIT_PER_CONVERSATION=10000): the defaults would refuse this load with 429');
log('');
log(targetLines(targets));
if (profile) {
  log(`\nCPU profile of the assistant (whole run, start-up included): ${profile.profileMs} ms, ${profile.idleMs} ms idle; top ${profile.top.length} by self time (% of busy time):`);
  for (const entry of profile.top) log(`${entry.selfMs.toFixed(1).padStart(9)} ms ${entry.percent.toFixed(1).padStart(5)}%  ${entry.function}  ${entry.location}`);
  log(`by area: ${profile.byArea.map((area) => `${area.area} ${area.percent}%`).join(', ')}`);
  writeFileSync(join(resultsDir, 'profile-top.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), ...profile }, null, 2)}\n`);
} else if (options.profile) {
  log('no .cpuprofile was written (did the assistant exit cleanly?)');
}
log(`\nfinished in ${durationSeconds} s`);

// A profiled run is slowed by the profiler, so it leaves the committed results alone.
if (!options.profile) {
  const cpu = cpus();
  const results = {
    node: process.version,
    date: new Date().toISOString(),
    cpu: { model: cpu[0]?.model ?? 'unknown', count: cpu.length },
    durations: { warmupSeconds: options.warmupSeconds, measuredSeconds: options.seconds, wholeRunSeconds: durationSeconds },
    load: rows,
    ratios: Object.fromEntries(options.levels.map((n) => [`N=${n}`, { echoFloor: Number(ratio(rows, n, 'echo floor').toFixed(3)), httpFloor: Number(ratio(rows, n, 'HTTP floor').toFixed(3)) }])),
    assistant: {
      startToReadyMs: Math.round(assistant.startToReadyMs),
      restartToReadyMs: Math.round(restarted.startToReadyMs),
      rssMb: { ready: rssReady, afterWarmup: rssAfterWarmup, rest: rssRest, afterConversations: rssAfter, growthPer10kConversations: Number(rssGrowthPer10k.toFixed(1)) },
      memoryDrive: { requestedConversations: options.memoryConversations, cutAtSeconds: Math.round(memorySeconds), ...memoryDrive },
      state,
      exitCodes: [exitCode, exitCodeRestarted],
      log: logged,
    },
    knowledgeSearch: kb,
    targets,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'bench.svg'), chartSvg(rows, options.levels, `npm run bench, ${results.date.slice(0, 10)}, Node ${process.version}, ${cpu.length} × ${results.cpu.model}`));
}
