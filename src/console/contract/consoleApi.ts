// The bodies of the console API under /api/console, as the routes send them and the page reads them.
import type { CaseDetail, CaseItem, CaseMessageView, CaseNoteView, HistoryEntry } from './caseViews.js';

/** The queue's tabs (`GET /cases?status=`): closed includes hand-offs a hub reported failed. */
export const QUEUE_FILTERS = ['queued', 'active', 'closed'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

/** `GET /me`. */
export interface MeResponse {
  username: string;
}

/** `GET /cases`: oldest first. */
export interface CaseListResponse {
  cases: CaseItem[];
}

/** `GET /cases/:id`. */
export interface CaseResponse {
  case: CaseDetail;
  messages: CaseMessageView[];
  notes: CaseNoteView[];
  /** Oldest first. */
  history: HistoryEntry[];
}

/** `POST /cases/:id/claim`, `/release` and `/close`: the case afterwards. */
export interface CaseChangeResponse {
  case: CaseItem;
}

/** `POST /cases/:id/messages`. */
export interface MessageResponse {
  message: CaseMessageView;
}

/** `POST /cases/:id/notes`. */
export interface NoteResponse {
  note: CaseNoteView;
}
