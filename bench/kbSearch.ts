import { mkdirSync, writeFileSync } from 'node:fs';
import { measureKnowledgeSearch } from './kbLatency.js';

/**
 * `npm run bench:kb`: knowledge-search latency per query over the whole knowledge base, on the
 * project's paraphrase set and every entry's sample questions (target: p99 under 2 ms).
 */
const result = { ...measureKnowledgeSearch(20_000), targetP99Ms: 2, node: process.version, date: new Date().toISOString() };
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/kb-search.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `knowledge search: ${result.entries} entries, ${result.queries} queries (${result.distinctQueries} distinct)\n` +
    `  index build ${result.indexBuildMs} ms; per query p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms ` +
    `(target p99 < ${result.targetP99Ms} ms: ${result.p99Ms < result.targetP99Ms ? 'met' : 'NOT met'})\n`,
);
