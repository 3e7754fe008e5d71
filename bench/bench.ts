import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runVariant } from './assistantRun.js';
import type { Variant, VariantResult } from './assistantRun.js';
import { FLOORS, FLOOR_COLOURS, RUN_COLOURS, chartSvg, loadTable, targetLines } from './benchReport.js';
import type { ChartSeries, Target } from './benchReport.js';
import { projectRoot } from './benchServers.js';
import { variantTargets } from './benchTargets.js';
import type { Said } from './conversationLoad.js';
import { measureKnowledgeSearch, paraphraseQuestions } from './kbLatency.js';

/**
 * `npm run bench -- [--warmup 2] [--seconds 5] [--concurrency 1,10,50] [--conversations 10000]
 * [--kb-queries 5000] [--database-url postgres://…] [--node /path/to/node,…] [--profile]`: builds
 * the project (timed), then runs the assistant on each Node binary (this one and `--node`) and
 * each database engine (embedded, and a PostgreSQL server with `--database-url`), each against two
 * floors (a bare botbuilder echo bot and a bare restify route) on the same Node, over loopback.
 */
const { values } = parseArgs({
  options: {
    warmup: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '1,10,50' },
    conversations: { type: 'string', default: '10000' },
    'kb-queries': { type: 'string', default: '5000' },
    'database-url': { type: 'string' },
    node: { type: 'string' },
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
const nodeVersion = (binary: string) => {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(`--node ${binary}: not a Node binary that runs here\n`);
    process.exit(2);
  }
  return run.stdout.trim();
};

const runStarted = performance.now();
const log = (line: string) => process.stdout.write(`${line}\n`);
const resultsDir = join(projectRoot, 'bench', 'results');
const profileDir = values.profile ? join(resultsDir, 'profile') : undefined;
const levels = values.concurrency.split(',').map((n) => number('concurrency', n, 1));
const nodes = [process.execPath, ...(values.node?.split(',').filter(Boolean) ?? [])];
const engines = values['database-url'] ? (['pglite', 'postgres'] as const) : (['pglite'] as const);
const variants: Variant[] = nodes.flatMap((node) => {
  const version = node === process.execPath ? process.version : nodeVersion(node);
  return engines.map((engine) => ({ name: `Node ${version}, ${engine === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server'}`, node, nodeVersion: version, engine, adminUrl: values['database-url'] }));
});

// A conversation: greeting, a calculation, knowledge questions (some start a guided dialog, so the
// next turn answers its prompt), the menu; then a fresh conversation id.
const questions = paraphraseQuestions();
let asked = 0;
const question: Said = () => questions[(asked += 1) % questions.length] ?? 'What is the R859 notice?';
const CALCULATION = 'I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?';
const script: Said[] = [() => 'hi', () => CALCULATION, question, question, () => 'menu'];

// What `npm start` does first on a fresh clone: the build, timed here as it runs.
log('building (npm run build)…');
const buildStarted = performance.now();
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildMs = Math.round(performance.now() - buildStarted);

log(`bench: ${variants.map((variant) => variant.name).join('; ')}; warm-up ${values.warmup} s, measured ${values.seconds} s, N = ${levels.join(', ')}${profileDir ? ' (assistant under --cpu-prof: slower than usual)' : ''}`);
// In-process and before any server starts, so nothing else competes for the CPU.
const kb = measureKnowledgeSearch(number('kb-queries', values['kb-queries'], 500), 10);
log(`knowledge search: ${kb.queries} queries, p50 ${kb.p50Ms} ms, p99 ${kb.p99Ms} ms`);

const results: VariantResult[] = [];
for (const variant of variants) {
  results.push(
    await runVariant(variant, {
      warmupSeconds: number('warmup', values.warmup, 0, false),
      seconds: number('seconds', values.seconds, 1, false),
      levels,
      memoryConversations: number('conversations', values.conversations, 50),
      memorySeconds: 60,
      script,
      profileDir,
    }),
  );
}

const [first] = results;
const firstStartMs = buildMs + (first?.startToReadyMs ?? 0);
const overall: Target[] = [
  { name: 'first npm start (the build as this run timed it, then a fresh start) <= 15 s', value: `${(firstStartMs / 1000).toFixed(1)} s (build ${(buildMs / 1000).toFixed(1)} s)`, met: firstStartMs <= 15_000 },
  { name: 'knowledge search p99 < 2 ms', value: `${kb.p99Ms} ms`, met: kb.p99Ms < 2 },
];
const durationSeconds = Math.round((performance.now() - runStarted) / 100) / 10;
for (const result of results) {
  log(`\n## ${result.variant.name}\n`);
  log(loadTable(result.rows, levels));
  log('');
  const coldest = Math.max(...result.rows.filter((row) => row.server === 'assistant').map((row) => row.coldConnectionMs.max));
  log(`first request on a new connection (opened by the warm-up, not measured above): up to ${coldest} ms`);
  log(`start-to-ready ${result.startToReadyMs} ms fresh, ${result.restartToReadyMs} ms restarting; RSS ${result.rssMb.ready} MB ready, ${result.rssMb.afterWarmup} MB after the first load, ${result.rssMb.rest} MB at rest after the load runs, ${result.rssMb.afterConversations} MB after ${result.memoryDrive.conversations} more conversations`);
  log(`state per conversation (bot_state, octet_length(data::text)): ${result.state.all.avgBytes} bytes on average over ${result.state.all.rows} conversations; ${result.state.loadRuns.avgBytes} bytes (max ${result.state.loadRuns.maxBytes}) after the mixed script, ${result.state.oneTurn.avgBytes} bytes after one greeting`);
  log(`exit codes after SIGTERM: ${result.exitCodes.join(', ')}; its log: ${result.log.warnings} warnings, ${result.log.errors} errors`);
  log('');
  log(targetLines(variantTargets(result)));
  if (result.profile) {
    log(`\nCPU profile of the assistant's main thread (whole run, start-up included): ${result.profile.profileMs} ms, ${result.profile.idleMs} ms idle; top ${result.profile.top.length} by self time (% of busy time):`);
    for (const entry of result.profile.top) log(`${entry.selfMs.toFixed(1).padStart(9)} ms ${entry.percent.toFixed(1).padStart(5)}%  ${entry.function}  ${entry.location}`);
    log(`by area: ${result.profile.byArea.map((area) => `${area.area} ${area.percent}%`).join(', ')}`);
  }
}
log('\n## Whole run\n');
log(targetLines(overall));
log('rate limits raised for the run (RATE_LIMIT_PER_ADDRESS=100000, RATE_LIMIT_PER_CONVERSATION=10000): the defaults would refuse this load with 429');
log(`\nfinished in ${durationSeconds} s`);

const cpu = cpus();
const date = new Date().toISOString();
mkdirSync(resultsDir, { recursive: true });
if (profileDir) {
  // A profiled run is slowed by the profiler, so it leaves the committed results alone.
  const profiles = results.map((result) => ({ variant: result.variant.name, ...result.profile }));
  writeFileSync(join(resultsDir, 'profile-top.json'), `${JSON.stringify({ date, profiles }, null, 2)}\n`);
} else {
  const report = {
    date,
    cpu: { model: cpu[0]?.model ?? 'unknown', count: cpu.length },
    durations: { warmupSeconds: Number(values.warmup), measuredSeconds: Number(values.seconds), wholeRunSeconds: durationSeconds, buildMs },
    knowledgeSearch: kb,
    runs: results.map((result) => ({ ...result, targets: variantTargets(result) })),
    targets: overall,
  };
  writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  const series: ChartSeries[] = [
    ...results.map((result, i) => ({ label: `assistant, ${result.variant.name}`, colour: RUN_COLOURS[i % RUN_COLOURS.length] ?? '#c0392b', rows: result.rows.filter((row) => row.server === 'assistant') })),
    ...FLOORS.map((floor) => ({ label: `${floor}, Node ${first?.variant.nodeVersion ?? process.version}`, colour: FLOOR_COLOURS[floor], rows: first?.rows.filter((row) => row.server === floor) ?? [] })),
  ];
  writeFileSync(join(resultsDir, 'bench.svg'), chartSvg(series, levels, `npm run bench, ${date.slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}`));
}
