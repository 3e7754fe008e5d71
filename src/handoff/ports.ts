import type { EmailMessage } from './caseEmail.js';
import type { CaseStatus, CaseSummary, HandoffCase, TranscriptLine } from './caseSummary.js';
import type { ConsoleRole } from '../console/contract/consoleApi.js';
import type { Language } from '../lib/language.js';
import type { RecentClaim } from './queueWait.js';

// The hand-off desk's ports: what it needs from storage, mail and the taxpayer's channel (adapters in src/db, src/channels).

export interface NewCase {
  /** The same key for the same submission (a double tap, a channel retry): it never makes a second case. */
  submissionKey: string;
  channelId: string;
  conversationId: string;
  conversationRef: Record<string, unknown>;
  summary: CaseSummary;
  /** The language the taxpayer used; English unless given. */
  language?: Language;
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
  /** Cases a representative took since `since`, oldest claim first. */
  recentClaims(since: Date): Promise<RecentClaim[]>;
  /**
   * Records that the taxpayer of a queued case is told `position` now; false when they were already
   * told it, were told anything less than `minIntervalSeconds` ago, or the case is not queued. One
   * caller wins across instances.
   */
  claimQueueNotice(id: string, position: number, minIntervalSeconds: number): Promise<boolean>;
  /** Marks a queued case to be called back; undefined when it was no longer queued. */
  requestCallback(id: string): Promise<HandoffCase | undefined>;
  /** Closes a queued case the taxpayer withdrew, with `resolution`; undefined when it was no longer queued. */
  withdraw(id: string, resolution: string): Promise<HandoffCase | undefined>;
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
  /** Gives an active case that `from` holds to `to`, or back to the queue (null); undefined when `from` no longer holds it. */
  reassign(id: string, from: string, to: string | null): Promise<HandoffCase | undefined>;
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

/** Representatives' console accounts and sessions; sessions are found by the SHA-256 of their token. */
export interface ConsoleAccounts {
  passwordHash(username: string): Promise<string | undefined>;
  /** Adds the account (a representative unless `role` says otherwise) unless the username exists; true when it was added. */
  addUser(username: string, passwordHash: string, role?: ConsoleRole): Promise<boolean>;
  /** False when there is no such account. */
  setRole(username: string, role: ConsoleRole): Promise<boolean>;
  /** Every account, by name. */
  users(): Promise<ConsoleUser[]>;
  addSession(tokenHash: string, username: string, ttlSeconds: number): Promise<void>;
  /** The session's user while it has not expired. */
  sessionUser(tokenHash: string): Promise<ConsoleUser | undefined>;
  removeSession(tokenHash: string): Promise<void>;
}

export interface ConsoleUser {
  username: string;
  role: ConsoleRole;
}

export interface ClaimedNotification {
  caseId: string;
  /** Failed attempts so far. */
  attempts: number;
}

export interface FailureOutcome {
  attempts: number;
  /** No more attempts will be made; the row keeps its last error. */
  gaveUp: boolean;
  nextAttemptAt: string;
}

/** The e-mails still owed for new cases, shared by every instance. */
export interface NotificationOutbox {
  /** Due notifications, held for this caller for a while so no other instance sends them too. */
  claimDue(limit: number): Promise<ClaimedNotification[]>;
  markSent(caseId: string): Promise<void>;
  /** Undefined when there is no unsent notification for the case. */
  recordFailure(caseId: string, error: string): Promise<FailureOutcome | undefined>;
  /** Makes a claimed but unsent notification due again at once. */
  release(caseId: string): Promise<void>;
}

/** Delivers one message to the configured mailbox; rejects with a message safe to store and log. */
export type SendEmail = (message: EmailMessage) => Promise<void>;

/** What the representatives' screens are told about, as it happens, on every instance. */
export const CASE_EVENT_TYPES = [
  'caseCreated',
  'caseClaimed',
  'caseReleased',
  'caseReassigned',
  'caseClosed',
  'taxpayerMessage',
  'representativeMessage',
  'taxpayerLeft',
  'deliveryFailed',
  'noteAdded',
  'callbackRequested',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEvent {
  type: CaseEventType;
  caseId: string;
  caseNumber: string;
  /** The representative (or hub) that caused it. */
  actor?: string;
  at: string;
}

export interface CaseEvents {
  publish(event: Omit<CaseEvent, 'at'>): Promise<void>;
  /** Returns the way to stop listening. */
  subscribe(listener: (event: CaseEvent) => void): Promise<() => void>;
}

/** For a desk with nobody watching (tests of the bot alone). */
export const noCaseEvents: CaseEvents = {
  publish: async () => undefined,
  subscribe: async () => () => undefined,
};

/** What representatives did with a case, and the notes they keep for each other. */
export type AuditAction = 'view' | 'claim' | 'message' | 'note' | 'release' | 'reassign' | 'close';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  detail: string | null;
  at: string;
}

export interface CaseNote {
  id: number;
  author: string;
  text: string;
  createdAt: string;
}

export interface CaseRecords {
  audit(caseId: string, actor: string, action: AuditAction, detail?: string): Promise<void>;
  history(caseId: string): Promise<AuditEntry[]>;
  /** Internal: never shown to the taxpayer. */
  addNote(caseId: string, author: string, text: string): Promise<CaseNote>;
  notes(caseId: string): Promise<CaseNote[]>;
}

/**
 * How a message to the taxpayer leaves their conversation: with the case (`handoff`), back with the
 * assistant (`end`), or as it is, and only while it is with this case (`notice`: a queue update).
 */
export type TaxpayerNoticeMode = 'handoff' | 'end' | 'notice';

/**
 * Reaches the taxpayer in their own conversation (Web Chat, Teams or SMS) outside a turn.
 * `handoff` keeps them talking to the case; `end` returns them to the assistant.
 */
export interface TaxpayerChannel {
  send(handoffCase: HandoffCase, text: string, mode: TaxpayerNoticeMode): Promise<void>;
}

/** Thrown when the taxpayer cannot be reached, with a reason a representative can act on. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
}
