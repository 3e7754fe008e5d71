import { ActivityTypes, EventFactory } from 'botbuilder';
import type { Activity, Transcript , TurnContext } from 'botbuilder';
import type { Clock } from '../lib/clock.js';
import { describeNextOpening, isOpen } from './businessHours.js';
import { noCaseEvents } from './caseEvents.js';
import type { CaseEvents, CaseEventType } from './caseEvents.js';
import type { CaseStore, ConversationLog, HubStatus } from './ports.js';
import type { CaseStatus, CaseSummary, TranscriptLine } from './caseSummary.js';
import { unloggedLines } from '../bot/conversationLog.js';
import { deliveryReference } from './deliveryReference.js';

export interface SubmittedCase {
  caseId: string;
  caseNumber: string;
  /** False when this submission had already made the case (a double tap or a channel retry). */
  created: boolean;
  /** Representatives are working now: the taxpayer waits in this chat. */
  open: boolean;
  queuePosition: number;
  /** When DRS opens next, as a sentence fragment, for a case made outside business hours. */
  nextOpening: string;
}

/** How a taxpayer left a live case: back to the assistant, or to a new conversation on the web page. */
export type TaxpayerLeaving = 'backToAssistant' | 'newConversation';

const LEAVING_TEXT: Record<TaxpayerLeaving, string> = {
  backToAssistant: 'The taxpayer went back to the assistant. The case stays open: contact them as they asked.',
  newConversation: 'The taxpayer started a new conversation on the web page and no longer sees this chat. The case stays open: contact them as they asked.',
};

/** What dialogs and the bot need from the hand-off desk (no SQL, no HTTP). */
export interface HandoffDesk {
  submit(context: TurnContext, summary: CaseSummary, submissionKey: string): Promise<SubmittedCase>;
  status(caseId: string): Promise<CaseStatus | undefined>;
  relayFromTaxpayer(caseId: string, text: string): Promise<void>;
  taxpayerLeft(caseId: string, how?: TaxpayerLeaving): Promise<void>;
  /** A trusted hub on the channel reports on the hand-off (Bot Framework handoff.status). */
  statusEvent(conversationId: string, state: string, hub: string): Promise<StatusChange | undefined>;
}

/** A case a hub's handoff.status event changed. */
export interface StatusChange {
  status: CaseStatus;
  caseNumber: string;
  kind: CaseSummary['kind'];
}

export interface HandoffSettings {
  /** Channels that also get the standard handoff.initiate event. */
  eventChannels: readonly string[];
  /** Queue an e-mail to the Priority One mailbox for each new case. */
  notify: boolean;
}

const STATUS_BY_EVENT: Record<string, HubStatus> = { accepted: 'active', failed: 'failed', completed: 'closed' };

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

/** Writes the case (committed before anyone is told), then tells a hub on the channel if there is one. */
export class CaseRelay implements HandoffDesk {
  constructor(
    private readonly cases: CaseStore,
    private readonly log: ConversationLog,
    private readonly settings: HandoffSettings,
    private readonly clock: Clock,
    private readonly events: CaseEvents = noCaseEvents,
  ) {}

  async submit(context: TurnContext, summary: CaseSummary, submissionKey: string): Promise<SubmittedCase> {
    const { activity } = context;
    const at = this.clock().toISOString();
    const transcript = [...(await this.log.recent(activity.conversation.id)), ...unloggedLines(context).map((line) => ({ ...line, at }))];
    const { created, handoffCase } = await this.cases.create({
      submissionKey,
      channelId: activity.channelId,
      conversationId: activity.conversation.id,
      conversationRef: deliveryReference(activity),
      summary,
      transcript,
      notify: this.settings.notify && summary.kind === 'priorityOne',
    });
    if (created) await this.announce('caseCreated', handoffCase);
    if (created && this.settings.eventChannels.includes(activity.channelId)) {
      const context_ = { caseNumber: handoffCase.caseNumber, ...summary };
      await context.sendActivity(EventFactory.createHandoffInitiation(context, context_, transcriptOf(handoffCase.transcript, context)));
    }
    const now = this.clock();
    return {
      caseId: handoffCase.id,
      caseNumber: handoffCase.caseNumber,
      created,
      open: isOpen(now),
      queuePosition: await this.cases.queuePosition(handoffCase.id),
      nextOpening: describeNextOpening(now),
    };
  }

  async status(caseId: string): Promise<CaseStatus | undefined> {
    return (await this.cases.get(caseId))?.status;
  }

  async relayFromTaxpayer(caseId: string, text: string): Promise<void> {
    await this.cases.addMessage(caseId, 'taxpayer', text);
    await this.announceCase('taxpayerMessage', caseId);
  }

  async taxpayerLeft(caseId: string, how: TaxpayerLeaving = 'backToAssistant'): Promise<void> {
    await this.cases.addMessage(caseId, 'system', LEAVING_TEXT[how]);
    await this.announceCase('taxpayerLeft', caseId);
  }

  async statusEvent(conversationId: string, state: string, hub: string): Promise<StatusChange | undefined> {
    const status = Object.hasOwn(STATUS_BY_EVENT, state) ? STATUS_BY_EVENT[state] : undefined;
    const open = await this.cases.openCaseFor(conversationId);
    if (!status || !open) return undefined;
    const changed = await this.cases.applyHubStatus(open.id, status, `hub:${hub}`);
    if (!changed) return undefined;
    await this.announce(status === 'active' ? 'caseClaimed' : 'caseClosed', changed, `hub on ${hub}`);
    return { status, caseNumber: changed.caseNumber, kind: changed.kind };
  }

  private announce(type: CaseEventType, handoffCase: { id: string; caseNumber: string }, actor?: string): Promise<void> {
    return this.events.publish({ type, caseId: handoffCase.id, caseNumber: handoffCase.caseNumber, ...(actor ? { actor } : {}) });
  }

  private async announceCase(type: CaseEventType, caseId: string): Promise<void> {
    const handoffCase = await this.cases.get(caseId);
    if (handoffCase) await this.announce(type, handoffCase);
  }
}
