// The knowledge base's port: where answers' feedback and unanswered questions go (src/db/sqlKnowledgeLog.ts).

export interface NearMiss {
  id: string;
  title: string;
  confidence: number;
}

export interface KnowledgeLog {
  recordFeedback(entryId: string, helpful: boolean, channelId: string): Promise<void>;
  /** `question` must already be redacted. */
  recordGap(question: string, nearMisses: NearMiss[], channelId: string): Promise<void>;
}

export interface GapSummary {
  question: string;
  count: number;
  lastAsked: string;
  nearMisses: NearMiss[];
}
