import type { Database } from './database.js';

/** A Direct Line activity as stored (the channel's port states the same shape). */
interface ChannelActivity {
  type: string;
  id?: string;
  [field: string]: unknown;
}

interface ChannelConversation {
  id: string;
  userId: string;
  channelId: string;
  locale?: string | undefined;
  started: boolean;
}

interface ActivityPage {
  activities: ChannelActivity[];
  watermark: string;
}

/**
 * The embedded Direct Line's conversations and activity log (its DirectLineConversations port) in
 * `dl_conversations` and `dl_activities`, so that a restart or a second instance serves everything
 * a page is polling for. The row lock on the conversation keeps the watermarks in commit order.
 */
export class SqlDirectLineConversations {
  constructor(private readonly db: Database) {}

  async create(conversation: Omit<ChannelConversation, 'started'>): Promise<void> {
    await this.db.query('insert into dl_conversations (id, user_id, channel_id, locale) values ($1, $2, $3, $4)', [
      conversation.id,
      conversation.userId,
      conversation.channelId,
      conversation.locale ?? null,
    ]);
  }

  async get(id: string): Promise<ChannelConversation | undefined> {
    const result = await this.db.query<{ id: string; user_id: string; channel_id: string; locale: string | null; started: boolean }>(
      'select id, user_id, channel_id, locale, started from dl_conversations where id = $1',
      [id],
    );
    const row = result.rows[0];
    return row && { id: row.id, userId: row.user_id, channelId: row.channel_id, ...(row.locale ? { locale: row.locale } : {}), started: row.started };
  }

  /** Marks the conversation started; true only for the caller that started it. */
  async markStarted(id: string): Promise<boolean> {
    const result = await this.db.query(
      'update dl_conversations set started = true where id = $1 and not started returning id',
      [id],
    );
    return result.rows.length > 0;
  }

  /** Appends an activity, giving it the next id (`conversationId|0000001`) and a timestamp. */
  async append(conversationId: string, activity: ChannelActivity, now: Date): Promise<ChannelActivity> {
    return this.db.transaction(async (tx) => {
      const next = await tx.query<{ last_seq: number }>(
        'update dl_conversations set last_seq = last_seq + 1 where id = $1 returning last_seq',
        [conversationId],
      );
      const seq = next.rows[0]?.last_seq;
      if (seq === undefined) throw new Error(`unknown conversation ${conversationId}`);
      const stored: ChannelActivity = {
        ...activity,
        id: `${conversationId}|${String(seq).padStart(7, '0')}`,
        timestamp: now.toISOString(),
        conversation: { id: conversationId },
      };
      await tx.query('insert into dl_activities (conversation_id, seq, activity) values ($1, $2, $3)', [
        conversationId,
        seq,
        JSON.stringify(stored),
      ]);
      return stored;
    });
  }

  /** The page's message with this Web Chat id, if the page already sent it (a retried post). */
  async findFromPage(conversationId: string, clientActivityId: string): Promise<ChannelActivity | undefined> {
    const result = await this.db.query<{ activity: ChannelActivity }>(
      `select activity from dl_activities
       where conversation_id = $1 and activity->'from'->>'role' = 'user' and activity->'channelData'->>'clientActivityID' = $2
       order by seq limit 1`,
      [conversationId, clientActivityId],
    );
    return result.rows[0]?.activity;
  }

  /** Activities after `watermark`, oldest first, and the watermark to ask from next time. */
  async listAfter(conversationId: string, watermark: number, limit = 100): Promise<ActivityPage> {
    const result = await this.db.query<{ seq: number; activity: ChannelActivity }>(
      `select seq, activity from dl_activities
       where conversation_id = $1 and seq > $2 order by seq limit $3`,
      [conversationId, watermark, limit],
    );
    const last = result.rows.at(-1)?.seq ?? watermark;
    return { activities: result.rows.map((row) => row.activity), watermark: String(last) };
  }
}
