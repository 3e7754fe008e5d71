/**
 * What the bot's middleware needs from storage, stated here in its own types. The SQL adapters in
 * src/db match these shapes; the composition root (src/compose.ts) passes them in.
 */

/** One delivery of an activity by a channel: a retry carries the same three values. */
export interface ActivityKey {
  channelId: string;
  conversationId: string;
  activityId: string;
}

/**
 * The activities whose turns ran, so a channel's retry is not a second turn. A key is claimed
 * before its turn and marked done after it; a claim left undone (the turn threw, or the process
 * died) can be claimed again. Callers hold the conversation's lock, so claims never race.
 */
export interface ProcessedActivityStore {
  /** True when this turn should run: the key is new, or its earlier turn did not finish. */
  claim(key: ActivityKey): Promise<boolean>;
  done(key: ActivityKey): Promise<void>;
  /** Forgets old keys (channels retry within minutes); returns how many. */
  prune(): Promise<number>;
}

/** Runs `work` holding the lock `name`: one holder at a time across every instance. */
export interface TurnLocks {
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
}
