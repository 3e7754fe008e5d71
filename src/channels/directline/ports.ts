/** A Direct Line activity as stored and served to the page (loosely typed: channels add fields). */
export interface ChannelActivity {
  type: string;
  id?: string;
  [field: string]: unknown;
}

export interface ChannelConversation {
  id: string;
  userId: string;
  channelId: string;
  /** The page's language tag (en-US, es-US…), when it gave one. */
  locale?: string | undefined;
  started: boolean;
}

export interface ActivityPage {
  activities: ChannelActivity[];
  watermark: string;
}

/**
 * The embedded channel's conversations and activity log, kept where a restart or a second
 * instance serves everything a page is polling for. Watermarks are per-conversation sequence
 * numbers, in commit order.
 */
export interface DirectLineConversations {
  create(conversation: Omit<ChannelConversation, 'started'>): Promise<void>;
  get(id: string): Promise<ChannelConversation | undefined>;
  /** Marks the conversation started; true only for the caller that started it. */
  markStarted(id: string): Promise<boolean>;
  /** Appends an activity, giving it the next id (`conversationId|0000001`) and a timestamp. */
  append(conversationId: string, activity: ChannelActivity, now: Date): Promise<ChannelActivity>;
  /** The page's message with this Web Chat id, if the page already sent it (a retried post). */
  findFromPage(conversationId: string, clientActivityId: string): Promise<ChannelActivity | undefined>;
  /** Activities after `watermark`, oldest first, and the watermark to ask from next time. */
  listAfter(conversationId: string, watermark: number, limit?: number): Promise<ActivityPage>;
}
