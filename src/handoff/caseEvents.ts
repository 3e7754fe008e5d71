/** What the representatives' screens are told about, as it happens, on every instance. */
export const CASE_EVENT_TYPES = [
  'caseCreated',
  'caseClaimed',
  'caseReleased',
  'caseClosed',
  'taxpayerMessage',
  'representativeMessage',
  'taxpayerLeft',
  'deliveryFailed',
  'noteAdded',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEvent {
  type: CaseEventType;
  caseId: string;
  caseNumber: string;
  /** The representative (or hub) that caused it. */
  actor?: string;
  at: string;
}

export interface CaseEvents {
  publish(event: Omit<CaseEvent, 'at'>): Promise<void>;
  /** Returns the way to stop listening. */
  subscribe(listener: (event: CaseEvent) => void): Promise<() => void>;
}

/** For a desk with nobody watching (tests of the bot alone). */
export const noCaseEvents: CaseEvents = {
  publish: async () => undefined,
  subscribe: async () => () => undefined,
};
