import type { Database } from './database.js';
import { migrations as allMigrations } from './migrations.js';
import type { Migration } from './migrations.js';

/** Any fixed number: instances starting together take turns on this advisory lock. */
const MIGRATION_LOCK = 3_978_001;

/** Applies every migration not yet recorded, each in its own transaction. Safe to run again. */
export async function migrate(db: Database, migrations: readonly Migration[] = allMigrations): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (
    id text primary key,
    applied_at timestamptz not null default now()
  )`);
  // One read finds a current schema (every start but the first): no transaction per migration then.
  const recorded = new Set((await db.query<{ id: string }>('select id from schema_migrations')).rows.map((row) => row.id));
  const applied: string[] = [];
  for (const migration of migrations.filter((candidate) => !recorded.has(candidate.id))) {
    const ran = await db.transaction(async (tx) => {
      // Another instance may have applied it since the read above.
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('select 1 from schema_migrations where id = $1', [migration.id]);
      if (done.rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return applied;
}

/** Migrations hold plain DDL (no functions with bodies), so semicolons end statements. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
