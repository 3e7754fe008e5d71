import type { Clock } from '../lib/clock.js';
import { isOpen } from './businessHours.js';
import type { CaseEvent, CaseEventType, CaseStore, TaxpayerChannel } from './ports.js';
import { HISTORY_WINDOW_MS, estimateWaitMinutes } from './queueWait.js';
import { noticesFor } from './taxpayerNotices.js';

/** Events after which queued cases may have moved. */
const MOVES: ReadonlySet<CaseEventType> = new Set(['caseClaimed', 'caseReleased', 'caseReassigned', 'caseClosed']);
/** On SMS a taxpayer gets at most one queue update in this long. */
export const SMS_NOTICE_INTERVAL_SECONDS = 5 * 60;

/**
 * Tells each taxpayer waiting in the queue when their place changes, during business hours: at
 * once on Web Chat and Teams, at most every five minutes on SMS. Every instance hears the events;
 * the store lets one of them tell each change.
 */
export class QueueNotices {
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly cases: CaseStore,
    private readonly taxpayers: TaxpayerChannel,
    private readonly clock: Clock,
    private readonly onFailure: (error: unknown) => void = () => undefined,
  ) {}

  /** For CaseEvents.subscribe: passes are run one after another, never side by side. */
  readonly listener = (event: CaseEvent): void => {
    if (!MOVES.has(event.type)) return;
    this.running = this.running.then(() => this.tellMoves()).catch(this.onFailure);
  };

  /** Settles when the passes started so far have run. */
  idle(): Promise<void> {
    return this.running;
  }

  async tellMoves(): Promise<void> {
    const now = this.clock();
    if (!isOpen(now)) return;
    const queued = await this.cases.list({ statuses: ['queued'] });
    const claims = await this.cases.recentClaims(new Date(now.getTime() - HISTORY_WINDOW_MS));
    for (const [index, handoffCase] of queued.entries()) {
      const position = index + 1;
      const interval = handoffCase.channelId === 'sms' ? SMS_NOTICE_INTERVAL_SECONDS : 0;
      if (!(await this.cases.claimQueueNotice(handoffCase.id, position, interval))) continue;
      await this.taxpayers.send(handoffCase, noticesFor(handoffCase).queueUpdate(handoffCase.caseNumber, position, estimateWaitMinutes(position, claims, now)), 'notice').catch(this.onFailure);
    }
  }
}
