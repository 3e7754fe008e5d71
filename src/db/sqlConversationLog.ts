import type { ConversationLog, LoggedLine } from '../handoff/ports.js';
import type { TranscriptLine } from '../handoff/caseSummary.js';
import { redact } from '../privacy/redact.js';
import type { Database } from './database.js';

const iso = (value: string | Date) => new Date(value).toISOString();

/** Every message in and out of a conversation in `conversation_log`, redacted, so a case carries what was said. */
export class SqlConversationLog implements ConversationLog {
  constructor(private readonly db: Database) {}

  async record(conversationId: string, lines: readonly LoggedLine[]): Promise<void> {
    if (lines.length === 0) return;
    await this.db.query(
      `insert into conversation_log (conversation_id, direction, text)
       select $1, direction, text from unnest($2::text[], $3::text[]) with ordinality as line(direction, text, n) order by n`,
      [conversationId, lines.map((line) => line.direction), lines.map((line) => redact(line.text).slice(0, 4000))],
    );
  }

  async recent(conversationId: string, limit = 100): Promise<TranscriptLine[]> {
    const result = await this.db.query<{ direction: TranscriptLine['direction']; text: string; created_at: string | Date }>(
      `select direction, text, created_at from (
         select id, direction, text, created_at from conversation_log where conversation_id = $1 order by id desc limit $2
       ) recent order by id`,
      [conversationId, limit],
    );
    return result.rows.map((row) => ({ direction: row.direction, text: row.text, at: iso(row.created_at) }));
  }
}
