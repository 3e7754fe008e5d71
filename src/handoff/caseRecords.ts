/** What representatives did with a case, and the notes they keep for each other. */
export type AuditAction = 'view' | 'claim' | 'message' | 'note' | 'release' | 'close';

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
