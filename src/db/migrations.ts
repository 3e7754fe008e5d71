/**
 * The schema, as an ordered list of SQL migrations shared by PGlite and Postgres.
 * Append new entries; never edit one that has shipped.
 */
export interface Migration {
  id: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    id: '001_bot_state',
    sql: `
      create table bot_state (
        key text primary key,
        etag text not null,
        data jsonb not null,
        updated_at timestamptz not null default now()
      );`,
  },
  {
    id: '002_directline',
    sql: `
      create table dl_conversations (
        id text primary key,
        user_id text not null,
        channel_id text not null default 'webchat',
        last_seq integer not null default 0,
        started boolean not null default false,
        created_at timestamptz not null default now()
      );
      create table dl_activities (
        conversation_id text not null references dl_conversations(id) on delete cascade,
        seq integer not null,
        activity jsonb not null,
        created_at timestamptz not null default now(),
        primary key (conversation_id, seq)
      );`,
  },
  {
    id: '003_knowledge_log',
    sql: `
      create table kb_feedback (
        id serial primary key,
        entry_id text not null,
        helpful boolean not null,
        channel_id text not null,
        created_at timestamptz not null default now()
      );
      create table kb_gaps (
        id serial primary key,
        question text not null,
        normalized text not null,
        near_misses jsonb not null default '[]',
        channel_id text not null,
        created_at timestamptz not null default now()
      );
      create index kb_gaps_normalized on kb_gaps (normalized)`,
  },
  {
    id: '004_sms_opt_outs',
    sql: `
      create table sms_opt_outs (
        channel_id text not null,
        address text not null,
        opted_out_at timestamptz not null default now(),
        primary key (channel_id, address)
      )`,
  },
];
