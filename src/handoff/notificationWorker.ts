import type { Logger } from '../lib/log.js';
import { startRepeatingJob } from '../lib/repeatingJob.js';
import { safeErrorText } from '../lib/safeErrorText.js';
import { caseEmail } from './caseEmail.js';
import type { CaseStore, NotificationOutbox, SendEmail } from './ports.js';

/** The mail settings (SMTP_URL, PRIORITY_ONE_NOTIFY_TO). */
interface NotifyConfig {
  SMTP_URL?: string | undefined;
  PRIORITY_ONE_NOTIFY_TO?: string | undefined;
}

/** Cases queue an e-mail only when there is a server to send it through and a mailbox to send it to. */
export function notificationsEnabled<C extends NotifyConfig>(config: C): config is C & Required<NotifyConfig> {
  return Boolean(config.SMTP_URL && config.PRIORITY_ONE_NOTIFY_TO);
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
