import type { CaseStatus, CaseSummary, HandoffCase, TranscriptLine } from './caseSummary.js';

export interface NewCase {
  /** The same key for the same submission (a double tap, a channel retry): it never makes a second case. */
  submissionKey: string;
  channelId: string;
  conversationId: string;
  conversationRef: Record<string, unknown>;
  summary: CaseSummary;
  transcript: TranscriptLine[];
  /** Queue an e-mail to the Priority One mailbox in the same transaction. */
  notify: boolean;
}

export type HubStatus = Extract<CaseStatus, 'active' | 'closed' | 'failed'>;

export type CaseMessageSender = 'taxpayer' | 'representative' | 'system';

export interface CaseMessage {
  id: number;
  sender: CaseMessageSender;
  /** The representative who wrote it. */
  author: string | null;
  text: string;
  at: string;
  /** For a representative's message: whether it reached the taxpayer. */
  delivery: 'delivered' | 'failed' | null;
  error: string | null;
}

/** Hand-off cases: committed before the taxpayer hears a case number, never lost or duplicated. */
export interface CaseStore {
  create(input: NewCase): Promise<{ created: boolean; handoffCase: HandoffCase }>;
  get(id: string): Promise<HandoffCase | undefined>;
  /** Oldest first. */
  list(filter?: { statuses?: readonly CaseStatus[] }): Promise<HandoffCase[]>;
  /** 1 for the oldest queued case; 0 when the case is not queued. */
  queuePosition(id: string): Promise<number>;
  /**
   * A contact-centre hub's report: `active` takes a queued case for the hub (its claimant);
   * `closed` and `failed` end a case that is queued or the hub's own, with the time it ended.
   * Undefined when the case is not in a state the hub may change (a representative has it).
   */
  applyHubStatus(id: string, status: HubStatus, hub: string): Promise<HandoffCase | undefined>;
  /** The conversation's case that is still queued or active, if any. */
  openCaseFor(conversationId: string): Promise<HandoffCase | undefined>;
  addMessage(caseId: string, sender: CaseMessageSender, text: string, author?: string): Promise<CaseMessage>;
  setDelivery(messageId: number, delivery: 'delivered' | 'failed', error?: string): Promise<void>;
  messages(caseId: string): Promise<CaseMessage[]>;
  /** Takes a queued case for one representative; undefined when it was not queued (someone else won). */
  claim(id: string, username: string): Promise<HandoffCase | undefined>;
  /** Puts an active case back in the queue; only its representative may. */
  release(id: string, username: string): Promise<HandoffCase | undefined>;
  /** Closes an active case with its resolution; only its representative may. */
  close(id: string, username: string, resolution: string): Promise<HandoffCase | undefined>;
}

export type LoggedLine = Pick<TranscriptLine, 'direction' | 'text'>;

/** The conversation so far, redacted, for the case. */
export interface ConversationLog {
  /** Keeps the lines of one turn, in order, in one write. */
  record(conversationId: string, lines: readonly LoggedLine[]): Promise<void>;
  recent(conversationId: string, limit?: number): Promise<TranscriptLine[]>;
}
