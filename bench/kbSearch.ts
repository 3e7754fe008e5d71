import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadProjectKnowledge } from '../src/kb/knowledgeBase.js';
import { KnowledgeSearch } from '../src/kb/search.js';

/**
 * `npm run bench:kb`: knowledge-search latency per query over the whole knowledge base, on the
 * project's paraphrase set and every entry's sample questions (target: p99 under 2 ms).
 */
const entries = loadProjectKnowledge();
const buildStarted = performance.now();
const search = new KnowledgeSearch(entries);
const buildMs = performance.now() - buildStarted;

const paraphrases = readFileSync(new URL('../test/fixtures/kb-paraphrases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { q: string }).q);
const queries = [...paraphrases, ...entries.flatMap((entry) => entry.questions.map((question) => question.toLowerCase()))];

for (let i = 0; i < 3; i += 1) for (const query of queries) search.search(query);
const rounds = Math.ceil(20_000 / queries.length);
const samples: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  for (const query of queries) {
    const started = performance.now();
    search.search(query);
    samples.push(performance.now() - started);
  }
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
const result = {
  entries: entries.length,
  distinctQueries: queries.length,
  queries: samples.length,
  indexBuildMs: Number(buildMs.toFixed(1)),
  p50Ms: Number(at(0.5).toFixed(3)),
  p99Ms: Number(at(0.99).toFixed(3)),
  maxMs: Number(at(1).toFixed(3)),
  targetP99Ms: 2,
  node: process.version,
  date: new Date().toISOString(),
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/kb-search.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `knowledge search: ${result.entries} entries, ${result.queries} queries (${result.distinctQueries} distinct)\n` +
    `  index build ${result.indexBuildMs} ms; per query p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms ` +
    `(target p99 < ${result.targetP99Ms} ms: ${result.p99Ms < result.targetP99Ms ? 'met' : 'NOT met'})\n`,
);
