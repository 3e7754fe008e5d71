// The console API's JSON, as the page reads it (see src/console/caseRoutes.ts).

export type CollectionAction = 'paymentPlan' | 'bankLevy' | 'wageGarnishment' | 'lien' | 'offerInCompromise' | 'other';
export type CaseStatus = 'queued' | 'active' | 'closed' | 'failed';
export type QueueFilter = 'queued' | 'active' | 'closed';

export interface CaseSummary {
  kind: 'priorityOne' | 'general';
  taxpayerType?: 'individual' | 'business';
  collectionActions: CollectionAction[];
  covidImpact?: 'yes' | 'no' | 'notSure';
  eligible: boolean;
  contact: { name: string; phone?: string; email?: string };
  preferredTime: string;
  description: string;
  computed: { noticeKind?: string; noticeDate?: string; deadline?: string; estimate?: string };
  consentAt: string;
}

export interface CaseItem {
  id: string;
  caseNumber: string;
  kind: CaseSummary['kind'];
  status: CaseStatus;
  channelId: string;
  createdAt: string;
  updatedAt: string;
  waitingSeconds?: number | null;
  queuePosition?: number;
  claimedBy?: string | null;
  summary: CaseSummary;
}

export interface CaseDetail extends CaseItem {
  transcript: { direction: 'in' | 'out'; text: string; at: string }[];
  claimedAt?: string | null;
  closedAt?: string | null;
  resolution?: string | null;
}

export interface CaseMessage {
  id: number | string;
  sender: 'taxpayer' | 'representative' | 'system';
  author: string | null;
  text: string;
  createdAt: string;
  delivery: 'delivered' | 'failed' | null;
  error: string | null;
}

export interface CaseNote {
  id: number | string;
  author: string;
  text: string;
  createdAt: string;
}

export interface HistoryEntry {
  actor: string;
  action: string;
  detail: string | null;
  at: string;
}

export interface CaseResponse {
  case: CaseDetail;
  messages: CaseMessage[];
  notes?: CaseNote[];
  history?: HistoryEntry[];
}

export interface ConsoleEvent {
  type: string;
  caseId: string;
  caseNumber: string;
  actor?: string;
  at: string;
}
