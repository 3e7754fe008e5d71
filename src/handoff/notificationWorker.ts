import type { Config } from '../config.js';
import type { Logger } from '../lib/log.js';
import { caseEmail } from './caseEmail.js';
import type { EmailMessage } from './caseEmail.js';
import type { CaseStore } from './ports.js';
import { startRepeatingJob } from '../lib/repeatingJob.js';

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

type NotifyConfig = Pick<Config, 'SMTP_URL' | 'PRIORITY_ONE_NOTIFY_TO'>;

/** Cases queue an e-mail only when there is a server to send it through and a mailbox to send it to. */
export function notificationsEnabled<C extends NotifyConfig>(config: C): config is C & Required<NotifyConfig> {
  return Boolean(config.SMTP_URL && config.PRIORITY_ONE_NOTIFY_TO);
}

const MAX_ERROR_LENGTH = 500;

/** One line, no URLs (an SMTP URL carries its password), short enough to store. */
export function safeErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '[url removed]')
    .replace(/\s+/g, ' ')
    .trim();
  return (text || 'unknown error').slice(0, MAX_ERROR_LENGTH);
}

export interface NotificationWorkerOptions {
  outbox: NotificationOutbox;
  cases: Pick<CaseStore, 'get'>;
  send: SendEmail;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
}

export interface NotificationWorker {
  /** Waits for the e-mail being sent, if any, then stops polling. */
  stop(): Promise<void>;
  /** One pass over the due notifications; resolves to the number delivered and never rejects. */
  runOnce(): Promise<number>;
}

/** Polls the outbox and sends what is due. Failures are recorded and logged, never thrown. */
export function startNotificationWorker({ outbox, cases, send, logger, intervalMs = 5000, batchSize = 10 }: NotificationWorkerOptions): NotificationWorker {
  const deliver = async (caseId: string): Promise<boolean> => {
    const handoffCase = await cases.get(caseId);
    if (!handoffCase) {
      await outbox.recordFailure(caseId, 'case not found');
      return false;
    }
    try {
      await send(caseEmail(handoffCase));
    } catch (error) {
      const reason = safeErrorText(error);
      const outcome = await outbox.recordFailure(caseId, reason);
      const details = { caseId, caseNumber: handoffCase.caseNumber, attempts: outcome?.attempts, error: reason };
      if (outcome?.gaveUp) logger.error(details, 'case e-mail not sent; giving up');
      else logger.warn({ ...details, nextAttemptAt: outcome?.nextAttemptAt }, 'case e-mail not sent; will retry');
      return false;
    }
    await outbox.markSent(caseId);
    logger.info({ caseId, caseNumber: handoffCase.caseNumber }, 'case e-mail sent');
    return true;
  };

  const pass = async (isStopped: () => boolean): Promise<number> => {
    let delivered = 0;
    try {
      const claimed = await outbox.claimDue(batchSize);
      for (const { caseId } of claimed) {
        if (isStopped()) {
          await outbox.release(caseId);
          continue;
        }
        try {
          if (await deliver(caseId)) delivered += 1;
        } catch (error) {
          logger.error({ caseId, error: safeErrorText(error) }, 'case e-mail bookkeeping failed');
        }
      }
    } catch (error) {
      logger.error({ error: safeErrorText(error) }, 'case e-mail outbox unavailable');
    }
    return delivered;
  };

  // Passes run one after another, so a manual run never overlaps the timer's.
  return startRepeatingJob(pass, { intervalMs, whenStopped: 0 });
}
