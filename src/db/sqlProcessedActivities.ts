import type { Database } from './database.js';

/** One delivery of an activity by a channel (the bot's ProcessedActivityStore port states the same shape). */
interface ActivityKey {
  channelId: string;
  conversationId: string;
  activityId: string;
}

/**
 * The activities whose turns ran, in `processed_activities` (the turn guard's ProcessedActivityStore).
 * A claim left undone (the turn threw, or the process died) can be claimed again.
 */
export class SqlProcessedActivities {
  constructor(private readonly db: Database) {}

  /** True when this turn should run: the key is new, or its earlier turn did not finish. */
  async claim(key: ActivityKey): Promise<boolean> {
    const result = await this.db.query(
      `insert into processed_activities (channel_id, conversation_id, activity_id) values ($1, $2, $3)
       on conflict (channel_id, conversation_id, activity_id) do update set received_at = now()
       where not processed_activities.done
       returning 1`,
      [key.channelId, key.conversationId, key.activityId],
    );
    return result.rows.length > 0;
  }

  async done(key: ActivityKey): Promise<void> {
    await this.db.query('update processed_activities set done = true where channel_id = $1 and conversation_id = $2 and activity_id = $3', [
      key.channelId,
      key.conversationId,
      key.activityId,
    ]);
  }

  /** Forgets keys older than `hours`: channels retry within minutes. */
  async prune(hours = 24): Promise<number> {
    const result = await this.db.query("delete from processed_activities where received_at < now() - make_interval(hours => $1)", [hours]);
    return result.rowCount;
  }
}
