import type { AuditAction, AuditEntry, CaseNote, CaseRecords } from '../handoff/ports.js';
import { redact } from '../privacy/redact.js';
import type { Database } from './database.js';

const iso = (value: string | Date) => new Date(value).toISOString();

interface NoteRow {
  id: string | number;
  author: string;
  text: string;
  created_at: string | Date;
}

const toNote = (row: NoteRow): CaseNote => ({ id: Number(row.id), author: row.author, text: row.text, createdAt: iso(row.created_at) });

/** The audit trail and notes in SQL; notes are redacted like everything else stored. */
export class SqlCaseRecords implements CaseRecords {
  constructor(private readonly db: Database) {}

  async audit(caseId: string, actor: string, action: AuditAction, detail?: string): Promise<void> {
    await this.db.query('insert into case_audit (case_id, actor, action, detail) values ($1, $2, $3, $4)', [caseId, actor, action, detail ?? null]);
  }

  async history(caseId: string): Promise<AuditEntry[]> {
    const result = await this.db.query<{ actor: string; action: AuditAction; detail: string | null; at: string | Date }>(
      'select actor, action, detail, at from case_audit where case_id = $1 order by id',
      [caseId],
    );
    return result.rows.map((row) => ({ actor: row.actor, action: row.action, detail: row.detail, at: iso(row.at) }));
  }

  async addNote(caseId: string, author: string, text: string): Promise<CaseNote> {
    const result = await this.db.query<NoteRow>('insert into case_notes (case_id, author, text) values ($1, $2, $3) returning *', [caseId, author, redact(text)]);
    return toNote(result.rows[0]!);
  }

  async notes(caseId: string): Promise<CaseNote[]> {
    const result = await this.db.query<NoteRow>('select * from case_notes where case_id = $1 order by id', [caseId]);
    return result.rows.map(toNote);
  }
}
