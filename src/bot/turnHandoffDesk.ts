import { ActivityTypes, EventFactory } from 'botbuilder';
import type { Activity, Transcript, TurnContext } from 'botbuilder';
import { languageOf } from '../../dialogs/conversationLanguage.js';
import type { HandoffDesk } from '../../dialogs/handoffDesk.js';
import type { CaseStatus, CaseSummary, TranscriptLine } from '../handoff/caseSummary.js';
import { deliveryReference } from '../handoff/deliveryReference.js';
import type { CaseRelay, QueueStanding, StatusChange, SubmittedCase, TaxpayerLeaving } from '../handoff/relay.js';
import { unloggedLines } from './conversationLog.js';

const transcriptOf = (lines: TranscriptLine[], context: TurnContext): Transcript => ({
  activities: lines.map(
    (line): Partial<Activity> => ({
      type: ActivityTypes.Message,
      text: line.text,
      timestamp: new Date(line.at),
      from: line.direction === 'in' ? context.activity.from : context.activity.recipient,
    }),
  ) as Activity[],
});

/** The relay's Bot Framework side: a turn becomes a case, and a hub on the channel hears of it. */
export class TurnHandoffDesk implements HandoffDesk {
  constructor(private readonly relay: CaseRelay) {}

  async submit(context: TurnContext, summary: CaseSummary, submissionKey: string): Promise<SubmittedCase> {
    const { activity } = context;
    // The language the taxpayer writes in as they submit: the case keeps it for the representative.
    const language = languageOf(context);
    const { initiation, ...submitted } = await this.relay.submit(
      { channelId: activity.channelId, conversationId: activity.conversation.id, conversationRef: deliveryReference(activity), language, unlogged: unloggedLines(context) },
      summary,
      submissionKey,
    );
    if (initiation) {
      // The summary's English field names, and the language (a BCP 47 tag) the hub's agent answers in.
      const handoffContext = { caseNumber: initiation.caseNumber, language, ...summary };
      await context.sendActivity(EventFactory.createHandoffInitiation(context, handoffContext, transcriptOf(initiation.transcript, context)));
    }
    return submitted;
  }

  status(caseId: string): Promise<CaseStatus | undefined> {
    return this.relay.status(caseId);
  }

  standing(caseId: string): Promise<QueueStanding | undefined> {
    return this.relay.standing(caseId);
  }

  requestCallback(caseId: string): Promise<boolean> {
    return this.relay.requestCallback(caseId);
  }

  withdraw(caseId: string): Promise<boolean> {
    return this.relay.withdraw(caseId);
  }

  relayFromTaxpayer(caseId: string, text: string): Promise<void> {
    return this.relay.relayFromTaxpayer(caseId, text);
  }

  taxpayerLeft(caseId: string, how?: TaxpayerLeaving): Promise<void> {
    return this.relay.taxpayerLeft(caseId, how);
  }

  statusEvent(conversationId: string, state: string, hub: string): Promise<StatusChange | undefined> {
    return this.relay.statusEvent(conversationId, state, hub);
  }
}
