import type { CaseEvents, CaseEventType, CaseMessage, CaseRecords, CaseStore, TaxpayerChannel } from '../handoff/ports.js';
import type { HandoffCase } from '../handoff/caseSummary.js';
import { noticesFor } from '../handoff/taxpayerNotices.js';

export type DeskProblem = 'notFound' | 'taken' | 'notYours' | 'notActive' | 'noSuchAccount';

/** Why a representative's action on a case was refused, in words they can act on. */
export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(readonly problem: DeskProblem, message: string) {
    super(message);
  }
}

export interface DeskOptions {
  /** Waits before each retry of a message that did not reach the taxpayer. */
  retryDelaysMs: readonly number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const joinedText = (handoffCase: HandoffCase) => noticesFor(handoffCase).joined(handoffCase.caseNumber);
const releasedText = (handoffCase: HandoffCase) => noticesFor(handoffCase).released(handoffCase.caseNumber);
const reassignedText = (handoffCase: HandoffCase) => noticesFor(handoffCase).reassigned(handoffCase.caseNumber);
const closedText = (handoffCase: HandoffCase) => noticesFor(handoffCase).closed(handoffCase.caseNumber);

/**
 * What representatives do with cases: claim (one winner), talk with the taxpayer, keep notes,
 * release and close. Every action is audited and announced to every console.
 */
export class RepresentativeDesk {
  private readonly options: DeskOptions;

  constructor(
    private readonly cases: CaseStore,
    private readonly records: CaseRecords,
    private readonly events: CaseEvents,
    private readonly taxpayers: TaxpayerChannel,
    options: Partial<DeskOptions> = {},
  ) {
    this.options = { retryDelaysMs: [500, 2000], ...options };
  }

  async view(id: string, username: string) {
    const handoffCase = await this.existing(id);
    // A screen refreshing the case it shows is the same view: only a new one is recorded.
    const last = (await this.records.history(id)).at(-1);
    if (last?.action !== 'view' || last.actor !== username) await this.records.audit(id, username, 'view');
    const [messages, notes, history] = await Promise.all([this.cases.messages(id), this.records.notes(id), this.records.history(id)]);
    return { handoffCase, messages, notes, history };
  }

  async claim(id: string, username: string): Promise<HandoffCase> {
    const claimed = await this.cases.claim(id, username);
    if (!claimed) {
      const current = await this.existing(id);
      const holder = current.claimedBy && current.status === 'active' ? ` by ${current.claimedBy}` : '';
      throw new DeskError('taken', `Case ${current.caseNumber} was already taken${holder}; it is ${current.status}.`);
    }
    await this.records.audit(id, username, 'claim');
    await this.announce('caseClaimed', claimed, username);
    await this.tellTaxpayer(claimed, joinedText(claimed), 'handoff');
    return claimed;
  }

  /** Sends to the taxpayer, retrying; the message is kept either way, marked delivered or failed. */
  async message(id: string, username: string, text: string): Promise<CaseMessage> {
    const handoffCase = await this.ownActive(id, username);
    const message = await this.cases.addMessage(id, 'representative', text, username);
    await this.records.audit(id, username, 'message');
    const error = await this.deliver(handoffCase, `${noticesFor(handoffCase).representativePrefix}${message.text}`, 'handoff');
    await this.cases.setDelivery(message.id, error ? 'failed' : 'delivered', error);
    await this.announce(error ? 'deliveryFailed' : 'representativeMessage', handoffCase, username);
    return { ...message, delivery: error ? 'failed' : 'delivered', error: error ?? null };
  }

  async note(id: string, username: string, text: string) {
    const handoffCase = await this.existing(id);
    const note = await this.records.addNote(id, username, text);
    await this.records.audit(id, username, 'note');
    await this.announce('noteAdded', handoffCase, username);
    return note;
  }

  async release(id: string, username: string): Promise<HandoffCase> {
    await this.ownActive(id, username);
    const released = await this.cases.release(id, username);
    if (!released) throw new DeskError('notActive', 'The case changed while you released it; reload it.');
    await this.records.audit(id, username, 'release');
    await this.announce('caseReleased', released, username);
    await this.tellTaxpayer(released, releasedText(released), 'handoff');
    return released;
  }

  /**
   * A supervisor gives an active case to another account, or back to the queue (`to` null). The
   * audit history keeps who had it and who has it now; the taxpayer is told, the chat stays open.
   * `accountExists` says whether `to` is a console account.
   */
  async reassign(id: string, supervisor: string, to: string | null, accountExists: (username: string) => Promise<boolean>): Promise<HandoffCase> {
    const current = await this.existing(id);
    if (current.status !== 'active' || !current.claimedBy) throw new DeskError('notActive', `Case ${current.caseNumber} is ${current.status}; only a case someone has can be reassigned.`);
    const from = current.claimedBy;
    if (to === from) throw new DeskError('taken', `Case ${current.caseNumber} is already with ${from}.`);
    if (to !== null && !(await accountExists(to))) throw new DeskError('noSuchAccount', `There is no console account "${to}".`);
    const reassigned = await this.cases.reassign(id, from, to);
    if (!reassigned) throw new DeskError('notActive', 'The case changed while you reassigned it; reload it.');
    await this.records.audit(id, supervisor, 'reassign', to === null ? `from ${from} to the queue` : `from ${from} to ${to}`);
    await this.announce('caseReassigned', reassigned, supervisor);
    await this.tellTaxpayer(reassigned, to === null ? releasedText(reassigned) : reassignedText(reassigned), 'handoff');
    return reassigned;
  }

  async close(id: string, username: string, resolution: string): Promise<HandoffCase> {
    await this.ownActive(id, username);
    const closed = await this.cases.close(id, username, resolution);
    if (!closed) throw new DeskError('notActive', 'The case changed while you closed it; reload it.');
    await this.records.audit(id, username, 'close', closed.resolution ?? undefined);
    await this.announce('caseClosed', closed, username);
    await this.tellTaxpayer(closed, closedText(closed), 'end');
    return closed;
  }

  private async existing(id: string): Promise<HandoffCase> {
    const found = await this.cases.get(id);
    if (!found) throw new DeskError('notFound', 'There is no case with that id.');
    return found;
  }

  private async ownActive(id: string, username: string): Promise<HandoffCase> {
    const found = await this.existing(id);
    if (found.status !== 'active') throw new DeskError('notActive', `Case ${found.caseNumber} is ${found.status}; claim it first.`);
    if (found.claimedBy !== username) throw new DeskError('notYours', `Case ${found.caseNumber} is being handled by ${found.claimedBy ?? 'someone else'}.`);
    return found;
  }

  private announce(type: CaseEventType, handoffCase: HandoffCase, actor: string): Promise<void> {
    return this.events.publish({ type, caseId: handoffCase.id, caseNumber: handoffCase.caseNumber, actor });
  }

  /** A notice to the taxpayer; failing to deliver it is recorded on the case, never fatal. */
  private async tellTaxpayer(handoffCase: HandoffCase, text: string, mode: 'handoff' | 'end'): Promise<void> {
    const error = await this.deliver(handoffCase, text, mode);
    if (error) await this.cases.addMessage(handoffCase.id, 'system', `Not delivered to the taxpayer: "${text}" (${error})`);
  }

  /** Undefined when delivered; otherwise why not, after the retries. */
  private async deliver(handoffCase: HandoffCase, text: string, mode: 'handoff' | 'end'): Promise<string | undefined> {
    let reason = '';
    for (const delay of [0, ...this.options.retryDelaysMs]) {
      if (delay) await sleep(delay);
      try {
        await this.taxpayers.send(handoffCase, text, mode);
        return undefined;
      } catch (error) {
        reason = (error as Error).message || 'the channel did not accept the message';
        if ((error as Error).name === 'DeliveryError') break;
      }
    }
    return reason;
  }
}
