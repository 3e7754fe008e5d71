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

/** What a stored row holds: its eTag and its data as JSON. */
interface Stored {
  etag: string;
  json: string;
}

/**
 * Bot state (ConversationState, UserState) in the `bot_state` table.
 * A write carrying an eTag succeeds only if the stored item still has it; `*` or no eTag overwrites.
 * All changes of one write commit together.
 *
 * With `recent`, a database no other process writes (the embedded one) keeps the rows read and
 * written in the last minutes in memory, so a conversation's next turn reads its state without a
 * statement. Only this object changes rows (the retention purge deletes rows untouched for days).
 */
export class SqlStateStorage {
  /** `db` is public for the turn guard, which keeps its locks and delivery keys beside the state. */
  constructor(
    readonly db: Database,
    private readonly recent?: RecentRows,
  ) {}

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    const unknown: string[] = [];
    for (const key of keys) {
      const remembered = this.recent?.get(key);
      if (remembered === undefined) unknown.push(key);
      else if (remembered !== null) items[key] = { ...(JSON.parse(remembered.json) as StateItem), eTag: remembered.etag };
    }
    if (unknown.length === 0) return items;
    const result = await this.db.query<{ key: string; etag: string; data: StateItem }>('select key, etag, data from bot_state where key = any($1::text[])', [unknown]);
    for (const row of result.rows) items[row.key] = { ...row.data, eTag: row.etag };
    for (const key of unknown) {
      const row = result.rows.find((found) => found.key === key);
      this.recent?.set(key, row ? { etag: row.etag, json: JSON.stringify(row.data) } : null);
    }
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    const entries = Object.entries(changes);
    const [only] = entries;
    if (entries.length === 0) return;
    try {
      // One statement is atomic by itself: most turns change only the conversation's state.
      const written = entries.length === 1 && only ? [await writeItem(this.db, only[0], only[1])] : await this.db.transaction((tx) => writeEach(tx, entries));
      for (const [index, [key]] of entries.entries()) {
        const stored = written[index];
        if (stored) this.recent?.set(key, stored);
      }
    } catch (error) {
      for (const [key] of entries) this.recent?.forget(key);
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.recent?.forget(key);
    await this.db.query('delete from bot_state where key = any($1::text[])', [keys]);
  }
}

async function writeEach(tx: Queryable, entries: [string, StateItem][]): Promise<Stored[]> {
  const written: Stored[] = [];
  for (const [key, item] of entries) written.push(await writeItem(tx, key, item));
  return written;
}

async function writeItem(db: Queryable, key: string, item: StateItem): Promise<Stored> {
  const { eTag, ...data } = item;
  const stored = { etag: randomUUID(), json: JSON.stringify(data) };
  if (eTag === undefined || eTag === '*') {
    await db.query(
      `insert into bot_state (key, etag, data) values ($1, $2, $3)
       on conflict (key) do update set etag = excluded.etag, data = excluded.data, updated_at = now()`,
      [key, stored.etag, stored.json],
    );
    return stored;
  }
  const result = await db.query(
    `insert into bot_state (key, etag, data) values ($1, $2, $3)
     on conflict (key) do update set etag = excluded.etag, data = excluded.data, updated_at = now()
     where bot_state.etag = $4
     returning key`,
    [key, stored.etag, stored.json, eTag],
  );
  if (result.rows.length === 0) throw new ETagConflictError(key);
  return stored;
}

/**
 * State rows read or written lately: at most `maxRows`, each for `ttlMs` (the oldest go first).
 * `null` remembers that a key has no row.
 */
export class RecentRows {
  private readonly rows = new Map<string, { stored: Stored | null; at: number }>();

  constructor(
    private readonly maxRows: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Stored | null | undefined {
    const row = this.rows.get(key);
    if (!row) return undefined;
    if (this.now() - row.at > this.ttlMs) {
      this.rows.delete(key);
      return undefined;
    }
    return row.stored;
  }

  set(key: string, stored: Stored | null): void {
    this.rows.delete(key);
    this.rows.set(key, { stored, at: this.now() });
    for (const oldest of this.rows.keys()) {
      if (this.rows.size <= this.maxRows) break;
      this.rows.delete(oldest);
    }
  }

  forget(key: string): void {
    this.rows.delete(key);
  }

  clear(): void {
    this.rows.clear();
  }
}
