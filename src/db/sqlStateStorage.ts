import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './database.js';

/** Structurally the botbuilder `Storage` contract, so this file needs no SDK import. */
export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StateItems = Record<string, StateItem>;

export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/**
 * Bot state (ConversationState, UserState) in the `bot_state` table.
 * A write carrying an eTag succeeds only if the stored item still has it; `*` or no eTag overwrites.
 * All changes of one write commit together.
 */
export class SqlStateStorage {
  /** `db` is public for the turn guard, which keeps its locks and delivery keys beside the state. */
  constructor(readonly db: Database) {}

  async read(keys: string[]): Promise<StateItems> {
    if (keys.length === 0) return {};
    const result = await this.db.query<{ key: string; etag: string; data: StateItem }>(
      'select key, etag, data from bot_state where key = any($1::text[])',
      [keys],
    );
    const items: StateItems = {};
    for (const row of result.rows) items[row.key] = { ...row.data, eTag: row.etag };
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    const entries = Object.entries(changes);
    const [only] = entries;
    // One statement is atomic by itself: most turns change only the conversation's state.
    if (entries.length === 1 && only) return writeItem(this.db, only[0], only[1]);
    if (entries.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const [key, item] of entries) await writeItem(tx, key, item);
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.query('delete from bot_state where key = any($1::text[])', [keys]);
  }
}

async function writeItem(db: Queryable, key: string, item: StateItem): Promise<void> {
  const { eTag, ...data } = item;
  const newTag = randomUUID();
  if (eTag === undefined || eTag === '*') {
    await db.query(
      `insert into bot_state (key, etag, data) values ($1, $2, $3)
       on conflict (key) do update set etag = excluded.etag, data = excluded.data, updated_at = now()`,
      [key, newTag, JSON.stringify(data)],
    );
    return;
  }
  const result = await db.query(
    `insert into bot_state (key, etag, data) values ($1, $2, $3)
     on conflict (key) do update set etag = excluded.etag, data = excluded.data, updated_at = now()
     where bot_state.etag = $4
     returning key`,
    [key, newTag, JSON.stringify(data), eTag],
  );
  if (result.rows.length === 0) throw new ETagConflictError(key);
}
