import type { Clock } from '../lib/clock.js';
import type { Language } from '../lib/language.js';
import { describeNextOpening, isOpen } from './businessHours.js';
import { HISTORY_WINDOW_MS, estimateWaitMinutes } from './queueWait.js';
import { noCaseEvents } from './ports.js';
import type { CaseEvents, CaseEventType, CaseStore, ConversationLog, HubStatus, LoggedLine } from './ports.js';
import type { CaseStatus, CaseSummary, TranscriptLine } from './caseSummary.js';

export interface SubmittedCase {
  caseId: string;
  caseNumber: string;
  /** False when this submission had already made the case (a double tap or a channel retry). */
  created: boolean;
  /** Representatives are working now: the taxpayer waits in this chat. */
  open: boolean;
  queuePosition: number;
  /** Estimated minutes until a representative takes it (from recent claims); undefined with none to go by. */
  waitMinutes?: number;
  /** When DRS opens next, as a sentence fragment, for a case made outside business hours. */
  nextOpening: string;
}

/** Where a queued case stands, for a taxpayer who asks. */
export interface QueueStanding {
  caseNumber: string;
  status: CaseStatus;
  /** 0 unless queued. */
  position: number;
  waitMinutes?: number;
  open: boolean;
  nextOpening: string;
}

/** What the case records when the taxpayer asks for a call back. */
export const CALLBACK_TEXT = 'The taxpayer left the chat and asked to be called back instead: contact them as they asked.';

/** What the case records when the taxpayer leaves the queue. */
export const WITHDRAWN_RESOLUTION = 'The taxpayer cancelled the request while it was in the queue.';

/** How a taxpayer left a live case: back to the assistant, or to a new conversation on the web page. */
export type TaxpayerLeaving = 'backToAssistant' | 'newConversation';

const LEAVING_TEXT: Record<TaxpayerLeaving, string> = {
  backToAssistant: 'The taxpayer went back to the assistant. The case stays open: contact them as they asked.',
  newConversation: 'The taxpayer started a new conversation on the web page and no longer sees this chat. The case stays open: contact them as they asked.',
};

/** The turn a case is submitted from, in the desk's own terms (the bot fills it from the activity). */
export interface CaseTurn {
  channelId: string;
  conversationId: string;
  /** What a proactive message needs to reach the conversation again (see deliveryReference). */
  conversationRef: Record<string, unknown>;
  /** The language the conversation speaks now: the case keeps it, so the representative answers in it. */
  language: Language;
  /** What this turn has said so far that the conversation log does not have yet. */
  unlogged: readonly LoggedLine[];
}

/** A submission's outcome, and for a new case on a channel that takes it, the handoff.initiate to send. */
export interface CaseSubmission extends SubmittedCase {
  initiation?: { caseNumber: string; transcript: TranscriptLine[] };
}

/** A case a hub's handoff.status event changed. */
export interface StatusChange {
  status: CaseStatus;
  caseId: string;
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

/**
 * Writes the case (committed before anyone is told) and relays the taxpayer's messages to it. The
 * bot's side (src/bot/turnHandoffDesk.ts) turns a turn into a CaseTurn and sends handoff.initiate.
 */
export class CaseRelay {
  constructor(
    private readonly cases: CaseStore,
    private readonly log: ConversationLog,
    private readonly settings: HandoffSettings,
    private readonly clock: Clock,
    private readonly events: CaseEvents = noCaseEvents,
  ) {}

  async submit(turn: CaseTurn, summary: CaseSummary, submissionKey: string): Promise<CaseSubmission> {
    const at = this.clock().toISOString();
    const transcript = [...(await this.log.recent(turn.conversationId)), ...turn.unlogged.map((line) => ({ ...line, at }))];
    const { created, handoffCase } = await this.cases.create({
      submissionKey,
      channelId: turn.channelId,
      conversationId: turn.conversationId,
      conversationRef: turn.conversationRef,
      summary,
      language: turn.language,
      transcript,
      notify: this.settings.notify && summary.kind === 'priorityOne',
    });
    if (created) await this.announce('caseCreated', handoffCase);
    const initiate = created && this.settings.eventChannels.includes(turn.channelId);
    const now = this.clock();
    const queuePosition = await this.cases.queuePosition(handoffCase.id);
    const waitMinutes = await this.waitFor(queuePosition, now);
    // What the taxpayer is told now; later changes come from QueueNotices.
    if (created && queuePosition > 0) await this.cases.claimQueueNotice(handoffCase.id, queuePosition, 0);
    return {
      caseId: handoffCase.id,
      caseNumber: handoffCase.caseNumber,
      created,
      open: isOpen(now),
      queuePosition,
      ...(waitMinutes === undefined ? {} : { waitMinutes }),
      nextOpening: describeNextOpening(now),
      ...(initiate ? { initiation: { caseNumber: handoffCase.caseNumber, transcript: handoffCase.transcript } } : {}),
    };
  }

  async status(caseId: string): Promise<CaseStatus | undefined> {
    return (await this.cases.get(caseId))?.status;
  }

  /** The case's place in the queue and the estimated wait, as of now. */
  async standing(caseId: string): Promise<QueueStanding | undefined> {
    const handoffCase = await this.cases.get(caseId);
    if (!handoffCase) return undefined;
    const now = this.clock();
    const position = handoffCase.status === 'queued' ? await this.cases.queuePosition(caseId) : 0;
    const waitMinutes = await this.waitFor(position, now);
    return {
      caseNumber: handoffCase.caseNumber,
      status: handoffCase.status,
      position,
      ...(waitMinutes === undefined ? {} : { waitMinutes }),
      open: isOpen(now),
      nextOpening: describeNextOpening(now),
    };
  }

  /**
   * The taxpayer stops waiting in the chat and asks to be called back: the case stays in the queue,
   * marked, with a note for the representative. False when it was no longer queued.
   */
  async requestCallback(caseId: string): Promise<boolean> {
    const marked = await this.cases.requestCallback(caseId);
    if (!marked) return false;
    await this.cases.addMessage(caseId, 'system', CALLBACK_TEXT);
    await this.announce('callbackRequested', marked, 'taxpayer');
    return true;
  }

  /** The taxpayer leaves the queue: the case closes, and the consoles hear of it. False when it was no longer queued. */
  async withdraw(caseId: string): Promise<boolean> {
    const withdrawn = await this.cases.withdraw(caseId, WITHDRAWN_RESOLUTION);
    if (!withdrawn) return false;
    await this.announce('caseClosed', withdrawn, 'taxpayer');
    return true;
  }

  private async waitFor(position: number, now: Date): Promise<number | undefined> {
    if (position < 1 || !isOpen(now)) return undefined;
    return estimateWaitMinutes(position, await this.cases.recentClaims(new Date(now.getTime() - HISTORY_WINDOW_MS)), now);
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
    return { status, caseId: changed.id, caseNumber: changed.caseNumber, kind: changed.kind };
  }

  private announce(type: CaseEventType, handoffCase: { id: string; caseNumber: string }, actor?: string): Promise<void> {
    return this.events.publish({ type, caseId: handoffCase.id, caseNumber: handoffCase.caseNumber, ...(actor ? { actor } : {}) });
  }

  private async announceCase(type: CaseEventType, caseId: string): Promise<void> {
    const handoffCase = await this.cases.get(caseId);
    if (handoffCase) await this.announce(type, handoffCase);
  }
}
