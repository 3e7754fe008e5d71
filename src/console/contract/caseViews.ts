// A hand-off case as the console API shows it to representatives: no Bot Framework reference, times as ISO strings.
import type { CollectionAction } from './collectionActions.js';
import type { CaseLanguage } from './languages.js';

export type CaseKind = 'priorityOne' | 'general';
export type CaseStatus = 'queued' | 'active' | 'closed' | 'failed';
export type TaxpayerType = 'individual' | 'business';
export type CovidImpact = 'yes' | 'no' | 'notSure';

export interface CaseSummaryView {
  kind: CaseKind;
  taxpayerType?: TaxpayerType;
  collectionActions: CollectionAction[];
  covidImpact?: CovidImpact;
  eligible: boolean;
  contact: { name: string; phone?: string; email?: string };
  preferredTime: string;
  description: string;
  computed: { noticeKind?: string; noticeDate?: string; deadline?: string; estimate?: string };
  consentAt: string;
}

/** One case in the queue. */
export interface CaseItem {
  id: string;
  caseNumber: string;
  kind: CaseKind;
  status: CaseStatus;
  channelId: string;
  summary: CaseSummaryView;
  /** The language the taxpayer used: the representative answers in it. */
  language: CaseLanguage;
  createdAt: string;
  updatedAt: string;
  /** The representative (or hub) that took the case. */
  claimedBy: string | null;
  claimedAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  /** When the taxpayer asked to be called back instead of waiting in the chat. */
  callbackRequestedAt: string | null;
  /** Seconds since the case was made, while it is queued or active; null once it has ended. */
  waitingSeconds: number | null;
  /** 1 for the oldest queued case; absent when the case is not queued. */
  queuePosition?: number;
}

export interface TranscriptLineView {
  direction: 'in' | 'out';
  text: string;
  at: string;
}

/** One case opened: the queue's fields and the redacted conversation with the assistant. */
export interface CaseDetail extends CaseItem {
  transcript: TranscriptLineView[];
}

export interface CaseMessageView {
  id: number;
  sender: 'taxpayer' | 'representative' | 'system';
  /** The representative who wrote it. */
  author: string | null;
  text: string;
  createdAt: string;
  /** For a representative's message: whether it reached the taxpayer. */
  delivery: 'delivered' | 'failed' | null;
  error: string | null;
}

/** Internal: never shown to the taxpayer. */
export interface CaseNoteView {
  id: number;
  author: string;
  text: string;
  createdAt: string;
}

export type HistoryAction = 'view' | 'claim' | 'message' | 'note' | 'release' | 'reassign' | 'close';

export interface HistoryEntry {
  actor: string;
  action: HistoryAction;
  detail: string | null;
  at: string;
}
