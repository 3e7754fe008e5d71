import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadProjectKnowledge } from '../src/kb/knowledgeBase.js';
import { knowledgeDir } from '../src/paths.js';
import { KnowledgeSearch, defaultTuning } from '../src/kb/search.js';
import { loadOutOfScope } from '../src/kb/outOfScope.js';
import { englishText } from '../src/kb/textAnalysis.js';

export interface KnowledgeLatency {
  entries: number;
  distinctQueries: number;
  queries: number;
  indexBuildMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The paraphrase set (`q` of test/fixtures/kb-paraphrases.jsonl). */
export function paraphraseQuestions(): string[] {
  return readFileSync(new URL('../test/fixtures/kb-paraphrases.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/**
 * Knowledge-search time per query, in this process, with the out-of-scope questions as the
 * assistant runs it, over the paraphrase set and every entry's sample questions: `warmupPasses` untimed passes (a fresh process needs a few to settle), then
 * about `samples` timed queries.
 */
export function measureKnowledgeSearch(samples = 20_000, warmupPasses = 3): KnowledgeLatency {
  const entries = loadProjectKnowledge(knowledgeDir);
  const buildStarted = performance.now();
  const search = new KnowledgeSearch(entries, defaultTuning, englishText, loadOutOfScope(knowledgeDir, 'en'));
  const buildMs = performance.now() - buildStarted;
  const queries = [...paraphraseQuestions(), ...entries.flatMap((entry) => entry.questions.map((question) => question.toLowerCase()))];

  for (let i = 0; i < warmupPasses; i += 1) for (const query of queries) search.search(query);
  const rounds = Math.ceil(samples / queries.length);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      search.search(query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3));
  return {
    entries: entries.length,
    distinctQueries: queries.length,
    queries: times.length,
    indexBuildMs: Number(buildMs.toFixed(1)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
  };
}
