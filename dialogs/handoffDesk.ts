import type { TurnContext } from 'botbuilder';
import type { CaseStatus, CaseSummary } from '../src/handoff/caseSummary.js';
import type { QueueStanding, StatusChange, SubmittedCase, TaxpayerLeaving } from '../src/handoff/relay.js';

/** What dialogs and the bot need from the hand-off desk, on a turn (no SQL, no HTTP): src/bot/turnHandoffDesk.ts. */
export interface HandoffDesk {
  /** Writes the case and, on a channel that takes it, sends the standard handoff.initiate event. */
  submit(context: TurnContext, summary: CaseSummary, submissionKey: string): Promise<SubmittedCase>;
  status(caseId: string): Promise<CaseStatus | undefined>;
  /** Place in the queue and estimated wait, for "how long?". */
  standing(caseId: string): Promise<QueueStanding | undefined>;
  /** "Call me back instead" while queued: the case stays queued, marked; false when it was no longer queued. */
  requestCallback(caseId: string): Promise<boolean>;
  /** "Cancel my request" while queued: the case closes; false when it was no longer queued. */
  withdraw(caseId: string): Promise<boolean>;
  relayFromTaxpayer(caseId: string, text: string): Promise<void>;
  taxpayerLeft(caseId: string, how?: TaxpayerLeaving): Promise<void>;
  /** A trusted hub on the channel reports on the hand-off (Bot Framework handoff.status). */
  statusEvent(conversationId: string, state: string, hub: string): Promise<StatusChange | undefined>;
}
