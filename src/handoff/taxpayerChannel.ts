import type { HandoffCase } from './caseSummary.js';

/**
 * Reaches the taxpayer in their own conversation (Web Chat, Teams or SMS) outside a turn.
 * `handoff` keeps them talking to the case; `end` returns them to the assistant.
 */
export interface TaxpayerChannel {
  send(handoffCase: HandoffCase, text: string, mode: 'handoff' | 'end'): Promise<void>;
}

/** Thrown when the taxpayer cannot be reached, with a reason a representative can act on. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
}
