import { canonicalText } from '../kb/normalize.js';
import type { GapSummary, KnowledgeLog, NearMiss } from '../kb/ports.js';
import { redact } from '../privacy/redact.js';
import type { Database } from './database.js';

/** Feedback on answers and questions that fell back, for content editors (`npm run kb:gaps`). */
export class SqlKnowledgeLog implements KnowledgeLog {
  constructor(private readonly db: Database) {}

  async recordFeedback(entryId: string, helpful: boolean, channelId: string): Promise<void> {
    await this.db.query('insert into kb_feedback (entry_id, helpful, channel_id) values ($1, $2, $3)', [entryId, helpful, channelId]);
  }

  async recordGap(question: string, nearMisses: NearMiss[], channelId: string): Promise<void> {
    const safe = redact(question).slice(0, 500);
    await this.db.query('insert into kb_gaps (question, normalized, near_misses, channel_id) values ($1, $2, $3, $4)', [
      safe,
      canonicalText(safe),
      JSON.stringify(nearMisses),
      channelId,
    ]);
  }

  /** Unanswered questions grouped by their normalised wording, most frequent first. */
  async gaps(limit = 50): Promise<GapSummary[]> {
    const result = await this.db.query<{ question: string; count: number; last_asked: string | Date; near_misses: NearMiss[] }>(
      `select (array_agg(question order by created_at desc))[1] as question,
              count(*)::int as count,
              max(created_at) as last_asked,
              (array_agg(near_misses order by created_at desc))[1] as near_misses
       from kb_gaps group by normalized
       order by count(*) desc, max(created_at) desc
       limit $1`,
      [limit],
    );
    return result.rows.map((row) => ({
      question: row.question,
      count: row.count,
      lastAsked: new Date(row.last_asked).toISOString(),
      nearMisses: row.near_misses,
    }));
  }

  async feedbackSummary(): Promise<{ entryId: string; helpful: number; notHelpful: number }[]> {
    const result = await this.db.query<{ entry_id: string; helpful: number; not_helpful: number }>(
      `select entry_id, count(*) filter (where helpful)::int as helpful, count(*) filter (where not helpful)::int as not_helpful
       from kb_feedback group by entry_id order by count(*) filter (where not helpful) desc, entry_id`,
    );
    return result.rows.map((row) => ({ entryId: row.entry_id, helpful: row.helpful, notHelpful: row.not_helpful }));
  }
}
