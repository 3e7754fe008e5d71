import { z } from 'zod';
import { CASE_EVENT_TYPES } from '../handoff/ports.js';
import type { CaseEvent, CaseEvents } from '../handoff/ports.js';
import type { Database } from './database.js';

const CHANNEL = 'case_events';

const eventSchema = z.object({
  type: z.enum(CASE_EVENT_TYPES),
  caseId: z.string(),
  caseNumber: z.string(),
  actor: z.string().optional(),
  at: z.string(),
});

/**
 * Case events through the database's NOTIFY, so every instance sharing it (and, on the embedded
 * database, this process) hears every event. One LISTEN per process, fanned out to subscribers.
 */
export class SqlCaseEvents implements CaseEvents {
  private readonly listeners = new Set<(event: CaseEvent) => void>();
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async publish(event: Omit<CaseEvent, 'at'>): Promise<void> {
    const payload: CaseEvent = { ...event, at: this.now().toISOString() };
    await this.db.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(payload)]);
  }

  async subscribe(listener: (event: CaseEvent) => void): Promise<() => void> {
    this.listening ??= this.db.listen(CHANNEL, (payload) => this.deliver(payload));
    await this.listening;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    const stop = await this.listening;
    this.listening = undefined;
    await stop?.();
  }

  private deliver(payload: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    const event = eventSchema.safeParse(parsed);
    if (!event.success) return;
    for (const listener of this.listeners) listener(event.data);
  }
}
