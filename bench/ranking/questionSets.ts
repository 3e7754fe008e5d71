import { readFileSync } from 'node:fs';
import { z } from 'zod';

const rowSchema = z.union([
  z.object({ q: z.string(), entry: z.string(), expect: z.array(z.string()) }),
  z.object({ q: z.string(), fallback: z.literal(true) }),
]);

/** One question of a set: in scope (the entry that answers it) or out of scope (`entry` undefined). */
export interface QuestionRow {
  q: string;
  entry?: string;
}

export type QuestionSetName = 'tuning' | 'held-out' | 'es-tuning' | 'es-held-out';

/** A question set of test/eval (see its README). */
export function readQuestionSet(name: QuestionSetName): QuestionRow[] {
  return readFileSync(new URL(`../../test/eval/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => rowSchema.parse(JSON.parse(line)))
    .map((row) => ('entry' in row ? { q: row.q, entry: row.entry } : { q: row.q }));
}

/**
 * Rows split into `k` folds: each entry's questions, and the out-of-scope questions, dealt in
 * turn from a shuffled order (fixed seed), so every fold has a share of each.
 */
export function folds(rows: readonly QuestionRow[], k: number, seed = 7): QuestionRow[][] {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const groups = new Map<string, QuestionRow[]>();
  for (const row of rows) {
    const key = row.entry ?? '(out of scope)';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const result: QuestionRow[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const group of groups.values()) {
    const shuffled = group.map((row) => ({ row, order: random() })).sort((a, b) => a.order - b.order);
    for (const { row } of shuffled) result[next++ % k]?.push(row);
  }
  return result;
}
