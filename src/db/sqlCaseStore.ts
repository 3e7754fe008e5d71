import { randomUUID } from 'node:crypto';
import type { RecentClaim } from '../handoff/queueWait.js';
import { newCaseNumber } from '../handoff/caseNumber.js';
import type { CaseMessage, CaseMessageSender, CaseStore, HubStatus, NewCase } from '../handoff/ports.js';
import type { CaseStatus, HandoffCase, TranscriptLine } from '../handoff/caseSummary.js';
import { redact } from '../privacy/redact.js';
import type { Database, Queryable } from './database.js';

interface CaseRow {
  id: string;
  case_number: string;
  kind: HandoffCase['kind'];
  status: CaseStatus;
  channel_id: string;
  conversation_id: string;
  conversation_ref: Record<string, unknown>;
  summary: HandoffCase['summary'];
  language: HandoffCase['language'];
  transcript: TranscriptLine[];
  created_at: string | Date;
  updated_at: string | Date;
  claimed_by: string | null;
  claimed_at: string | Date | null;
  closed_at: string | Date | null;
  resolution: string | null;
  callback_requested_at: string | Date | null;
}

interface MessageRow {
  id: string | number;
  sender: CaseMessageSender;
  author: string | null;
  text: string;
  created_at: string | Date;
  delivery: CaseMessage['delivery'];
  error: string | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null) => (value === null ? null : iso(value));

const toMessage = (row: MessageRow): CaseMessage => ({
  id: Number(row.id),
  sender: row.sender,
  author: row.author,
  text: row.text,
  at: iso(row.created_at),
  delivery: row.delivery,
  error: row.error,
});

const toCase = (row: CaseRow): HandoffCase => ({
  id: row.id,
  caseNumber: row.case_number,
  kind: row.kind,
  status: row.status,
  channelId: row.channel_id,
  conversationId: row.conversation_id,
  conversationRef: row.conversation_ref,
  summary: row.summary,
  language: row.language,
  transcript: row.transcript,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  claimedBy: row.claimed_by,
  claimedAt: isoOrNull(row.claimed_at),
  closedAt: isoOrNull(row.closed_at),
  resolution: row.resolution,
  callbackRequestedAt: isoOrNull(row.callback_requested_at),
});

const UNIQUE_VIOLATION = '23505';
const isCaseNumberClash = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === UNIQUE_VIOLATION && /case_number/.test(String((error as { message?: string; constraint?: string }).constraint ?? (error as Error).message));

/** Cases and their messages in SQL, on either engine. */
export class SqlCaseStore implements CaseStore {
  constructor(private readonly db: Database) {}

  async create(input: NewCase): Promise<{ created: boolean; handoffCase: HandoffCase }> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.db.transaction((tx) => this.insert(tx, input));
      } catch (error) {
        if (!isCaseNumberClash(error) || attempt >= 5) throw error;
      }
    }
  }

  private async insert(tx: Queryable, input: NewCase): Promise<{ created: boolean; handoffCase: HandoffCase }> {
    const inserted = await tx.query<CaseRow>(
      `insert into handoff_cases (id, case_number, submission_key, kind, status, channel_id, conversation_id, conversation_ref, summary, language, transcript)
       values ($1, $2, $3, $4, 'queued', $5, $6, $7, $8, $9, $10)
       on conflict (submission_key) do nothing
       returning *`,
      [
        randomUUID(),
        newCaseNumber(input.summary.kind),
        input.submissionKey,
        input.summary.kind,
        input.channelId,
        input.conversationId,
        JSON.stringify(input.conversationRef),
        JSON.stringify(input.summary),
        input.language ?? 'en',
        JSON.stringify(input.transcript.map((line) => ({ ...line, text: redact(line.text) }))),
      ],
    );
    const row = inserted.rows[0];
    if (!row) {
      const existing = await tx.query<CaseRow>('select * from handoff_cases where submission_key = $1', [input.submissionKey]);
      const found = existing.rows[0];
      if (!found) throw new Error('A case with this submission key was neither inserted nor found');
      return { created: false, handoffCase: toCase(found) };
    }
    if (input.notify) await tx.query('insert into case_notifications (case_id) values ($1)', [row.id]);
    return { created: true, handoffCase: toCase(row) };
  }

  async get(id: string): Promise<HandoffCase | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const result = await this.db.query<CaseRow>('select * from handoff_cases where id = $1', [id]);
    return result.rows[0] ? toCase(result.rows[0]) : undefined;
  }

  async list(filter: { statuses?: readonly CaseStatus[] } = {}): Promise<HandoffCase[]> {
    const result = filter.statuses
      ? await this.db.query<CaseRow>('select * from handoff_cases where status = any($1::text[]) order by created_at, case_number', [filter.statuses])
      : await this.db.query<CaseRow>('select * from handoff_cases order by created_at, case_number');
    return result.rows.map(toCase);
  }

  async queuePosition(id: string): Promise<number> {
    const result = await this.db.query<{ position: number }>(
      `select count(*)::int as position from handoff_cases q, handoff_cases c
       where c.id = $1 and c.status = 'queued' and q.status = 'queued' and (q.created_at, q.case_number) <= (c.created_at, c.case_number)`,
      [id],
    );
    return result.rows[0]?.position ?? 0;
  }

  async recentClaims(since: Date): Promise<RecentClaim[]> {
    const result = await this.db.query<{ created_at: Date | string; claimed_at: Date | string }>(
      'select created_at, claimed_at from handoff_cases where claimed_at >= $1 order by claimed_at',
      [since.toISOString()],
    );
    return result.rows.map((row) => ({ createdAt: new Date(row.created_at).toISOString(), claimedAt: new Date(row.claimed_at).toISOString() }));
  }

  async claimQueueNotice(id: string, position: number, minIntervalSeconds: number): Promise<boolean> {
    const result = await this.db.query(
      `update handoff_cases set told_position = $2, told_at = now()
       where id = $1 and status = 'queued' and told_position is distinct from $2
         and (told_at is null or told_at <= now() - $3 * interval '1 second') returning id`,
      [id, position, minIntervalSeconds],
    );
    return result.rows.length > 0;
  }

  async requestCallback(id: string): Promise<HandoffCase | undefined> {
    return this.update(
      `update handoff_cases set callback_requested_at = coalesce(callback_requested_at, now()), updated_at = now()
       where id = $1 and status = 'queued' returning *`,
      [id],
    );
  }

  async withdraw(id: string, resolution: string): Promise<HandoffCase | undefined> {
    return this.update(
      `update handoff_cases set status = 'closed', closed_at = now(), resolution = $2, updated_at = now()
       where id = $1 and status = 'queued' returning *`,
      [id, resolution],
    );
  }

  async applyHubStatus(id: string, status: HubStatus, hub: string): Promise<HandoffCase | undefined> {
    if (status === 'active') {
      return this.update(
        `update handoff_cases set status = 'active', claimed_by = $2, claimed_at = now(), updated_at = now()
         where id = $1 and status = 'queued' returning *`,
        [id, hub],
      );
    }
    return this.update(
      `update handoff_cases set status = $3, closed_at = now(), resolution = $4, updated_at = now()
       where id = $1 and (status = 'queued' or (status = 'active' and claimed_by = $2)) returning *`,
      [id, hub, status, status === 'closed' ? `Completed by ${hub}.` : `${hub} could not connect a representative.`],
    );
  }

  async openCaseFor(conversationId: string): Promise<HandoffCase | undefined> {
    const result = await this.db.query<CaseRow>(
      `select * from handoff_cases where conversation_id = $1 and status in ('queued', 'active') order by created_at desc limit 1`,
      [conversationId],
    );
    return result.rows[0] ? toCase(result.rows[0]) : undefined;
  }

  async addMessage(caseId: string, sender: CaseMessageSender, text: string, author?: string): Promise<CaseMessage> {
    const result = await this.db.query<MessageRow>(
      'insert into handoff_messages (case_id, sender, text, author) values ($1, $2, $3, $4) returning *',
      [caseId, sender, redact(text), author ?? null],
    );
    return toMessage(result.rows[0]!);
  }

  async setDelivery(messageId: number, delivery: 'delivered' | 'failed', error?: string): Promise<void> {
    await this.db.query('update handoff_messages set delivery = $2, error = $3 where id = $1', [messageId, delivery, error ?? null]);
  }

  async messages(caseId: string): Promise<CaseMessage[]> {
    const result = await this.db.query<MessageRow>('select * from handoff_messages where case_id = $1 order by id', [caseId]);
    return result.rows.map(toMessage);
  }

  async claim(id: string, username: string): Promise<HandoffCase | undefined> {
    // One statement: of any number of concurrent claims, on any number of instances, one updates the row.
    return this.update(
      `update handoff_cases set status = 'active', claimed_by = $2, claimed_at = now(), updated_at = now()
       where id = $1 and status = 'queued' returning *`,
      [id, username],
    );
  }

  async release(id: string, username: string): Promise<HandoffCase | undefined> {
    return this.update(
      `update handoff_cases set status = 'queued', claimed_by = null, claimed_at = null, updated_at = now()
       where id = $1 and status = 'active' and claimed_by = $2 returning *`,
      [id, username],
    );
  }

  async reassign(id: string, from: string, to: string | null): Promise<HandoffCase | undefined> {
    return this.update(
      to === null
        ? `update handoff_cases set status = 'queued', claimed_by = null, claimed_at = null, updated_at = now()
           where id = $1 and status = 'active' and claimed_by = $2 returning *`
        : `update handoff_cases set claimed_by = $3, claimed_at = now(), updated_at = now()
           where id = $1 and status = 'active' and claimed_by = $2 returning *`,
      to === null ? [id, from] : [id, from, to],
    );
  }

  async close(id: string, username: string, resolution: string): Promise<HandoffCase | undefined> {
    return this.update(
      `update handoff_cases set status = 'closed', closed_at = now(), resolution = $3, updated_at = now()
       where id = $1 and status = 'active' and claimed_by = $2 returning *`,
      [id, username, redact(resolution)],
    );
  }

  private async update(sql: string, params: unknown[]): Promise<HandoffCase | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(String(params[0]))) return undefined;
    const result = await this.db.query<CaseRow>(sql, params);
    return result.rows[0] ? toCase(result.rows[0]) : undefined;
  }
}
