// The bodies of the console API under /api/console, as the routes send them and the page reads them.
import type { CaseDetail, CaseItem, CaseMessageView, CaseNoteView, HistoryEntry } from './caseViews.js';

/**
 * The queue's tabs (`GET /cases?status=`): closed includes hand-offs a hub reported failed. The list
 * may also be narrowed to one language (`&language=es`, one of CASE_LANGUAGES); every language without it.
 */
export const QUEUE_FILTERS = ['queued', 'active', 'closed'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

/** A representative works cases; a supervisor also sees every account and may reassign a claimed case. */
export const CONSOLE_ROLES = ['representative', 'supervisor'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

/** `GET /me`. */
export interface MeResponse {
  username: string;
  role: ConsoleRole;
}

/** `GET /users` (supervisors): every console account, by name. */
export interface UserListResponse {
  users: { username: string; role: ConsoleRole }[];
}

/** `GET /cases`: oldest first; a queued case's position counts every language. */
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

/** `POST /cases/:id/claim`, `/release`, `/close` and `/reassign`: the case afterwards. */
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
