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
  {
    id: '005_handoff_cases',
    sql: `
      create table conversation_log (
        id bigserial primary key,
        conversation_id text not null,
        direction text not null check (direction in ('in', 'out')),
        text text not null,
        created_at timestamptz not null default now()
      );
      create index conversation_log_conversation on conversation_log (conversation_id, id);
      create table handoff_cases (
        id uuid primary key,
        case_number text not null unique,
        submission_key text not null unique,
        kind text not null check (kind in ('priorityOne', 'general')),
        status text not null check (status in ('queued', 'accepted', 'closed', 'failed')),
        channel_id text not null,
        conversation_id text not null,
        conversation_ref jsonb not null,
        summary jsonb not null,
        transcript jsonb not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index handoff_cases_status on handoff_cases (status, created_at);
      create index handoff_cases_conversation on handoff_cases (conversation_id);
      create table handoff_messages (
        id bigserial primary key,
        case_id uuid not null references handoff_cases(id) on delete cascade,
        sender text not null check (sender in ('taxpayer', 'representative', 'system')),
        text text not null,
        created_at timestamptz not null default now()
      );
      create index handoff_messages_case on handoff_messages (case_id, id);
      create table case_notifications (
        case_id uuid primary key references handoff_cases(id) on delete cascade,
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        sent_at timestamptz,
        last_error text
      );
      create table console_users (
        username text primary key,
        password_hash text not null,
        created_at timestamptz not null default now()
      );
      create table console_sessions (
        token_hash text primary key,
        username text not null references console_users(username) on delete cascade,
        expires_at timestamptz not null,
        created_at timestamptz not null default now()
      )`,
  },
  {
    id: '006_console',
    sql: `
      alter table handoff_cases drop constraint handoff_cases_status_check;
      update handoff_cases set status = 'active' where status = 'accepted';
      alter table handoff_cases add constraint handoff_cases_status_check check (status in ('queued', 'active', 'closed', 'failed'));
      alter table handoff_cases add column claimed_by text;
      alter table handoff_cases add column claimed_at timestamptz;
      alter table handoff_cases add column closed_at timestamptz;
      alter table handoff_cases add column resolution text;
      alter table handoff_messages add column author text;
      alter table handoff_messages add column delivery text check (delivery in ('delivered', 'failed'));
      alter table handoff_messages add column error text;
      create table case_notes (
        id bigserial primary key,
        case_id uuid not null references handoff_cases(id) on delete cascade,
        author text not null,
        text text not null,
        created_at timestamptz not null default now()
      );
      create index case_notes_case on case_notes (case_id, id);
      create table case_audit (
        id bigserial primary key,
        case_id uuid not null references handoff_cases(id) on delete cascade,
        actor text not null,
        action text not null,
        detail text,
        at timestamptz not null default now()
      );
      create index case_audit_case on case_audit (case_id, id)`,
  },
  {
    id: '007_processed_activities',
    sql: `
      create table processed_activities (
        channel_id text not null,
        conversation_id text not null,
        activity_id text not null,
        done boolean not null default false,
        received_at timestamptz not null default now(),
        primary key (channel_id, conversation_id, activity_id)
      );
      create index processed_activities_received on processed_activities (received_at)`,
  },
  {
    // What the retention job looks for, so a pass reads only what it removes.
    id: '008_retention_indexes',
    sql: `
      create index conversation_log_created on conversation_log (created_at);
      create index dl_activities_created on dl_activities (created_at);
      create index dl_conversations_created on dl_conversations (created_at);
      create index bot_state_updated on bot_state (updated_at);
      create index kb_gaps_created on kb_gaps (created_at);
      create index console_sessions_expires on console_sessions (expires_at);
      create index handoff_cases_ended on handoff_cases (updated_at) where status in ('closed', 'failed')`,
  },
  {
    // A case is active only with someone who has it; an ended case has the time it ended.
    id: '009_case_claimant',
    sql: `
      update handoff_cases set status = 'queued', claimed_at = null, updated_at = now() where status = 'active' and claimed_by is null;
      update handoff_cases set closed_at = updated_at where status in ('closed', 'failed') and closed_at is null;
      alter table handoff_cases add constraint handoff_cases_active_claimed check (status <> 'active' or claimed_by is not null)`,
  },
  {
    // Existing accounts are representatives; the bootstrap admin becomes a supervisor at its next start.
    id: '010_console_roles',
    sql: `
      alter table console_users add column role text not null default 'representative' check (role in ('representative', 'supervisor'))`,
  },
  {
    // The place in the queue the taxpayer was last told, and when, so each change is told once.
    id: '011_queue_notices',
    sql: `
      alter table handoff_cases add column told_position integer;
      alter table handoff_cases add column told_at timestamptz`,
  },
  {
    // When the taxpayer left the chat queue asking to be called back instead.
    id: '012_callback_requests',
    sql: `
      alter table handoff_cases add column callback_requested_at timestamptz`,
  },
  {
    // Taxpayers' optional ratings of a closed case or of the assistant's answers; never free text.
    id: '013_satisfaction',
    sql: `
      create table satisfaction (
        id uuid primary key,
        subject text not null check (subject in ('case', 'answer')),
        case_id uuid references handoff_cases(id) on delete set null,
        entry_id text,
        channel_id text not null,
        rating smallint not null check (rating between 1 and 5),
        saved_call boolean,
        created_at timestamptz not null default now()
      );
      create index satisfaction_created on satisfaction (created_at)`,
  },
  {
    // The language a Web Chat page asked for (its locale), so the greeting is in that language;
    // and the language of each hand-off case, which the console shows and filters by.
    id: '014_languages',
    sql: `
      alter table dl_conversations add column locale text;
      alter table handoff_cases add column language text not null default 'en' check (language in ('en', 'es'))`,
  },
];
