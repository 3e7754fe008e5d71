import { openDatabase } from '../src/db/open.js';
import type { DatabaseOptions } from '../src/db/open.js';

export interface StateRows {
  rows: number;
  avgBytes: number;
  maxBytes: number;
}

interface Row {
  rows: number;
  avg_bytes: number | null;
  max_bytes: number | null;
}

/**
 * What the bot keeps per conversation: opens the stopped assistant's database (its embedded one is
 * `<DATA_DIR>/db`, as src/index.ts opens it) and measures `bot_state.data` as text for each
 * `key like` pattern (conversation rows are `<channel>/conversations/<id>/`).
 */
export async function measureStateSize<Name extends string>(database: DatabaseOptions, patterns: Record<Name, string>): Promise<Record<Name, StateRows>> {
  const db = await openDatabase(database);
  try {
    const sizes = {} as Record<Name, StateRows>;
    for (const [name, pattern] of Object.entries(patterns) as [Name, string][]) {
      const { rows } = await db.query<Row>(
        `select count(*)::int as rows, avg(octet_length(data::text))::float8 as avg_bytes, max(octet_length(data::text))::int as max_bytes
         from bot_state where key like $1`,
        [pattern],
      );
      sizes[name] = { rows: rows[0]?.rows ?? 0, avgBytes: Math.round(rows[0]?.avg_bytes ?? 0), maxBytes: rows[0]?.max_bytes ?? 0 };
    }
    return sizes;
  } finally {
    await db.close();
  }
}
