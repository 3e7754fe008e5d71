// What GET /api/console/events streams (Server-Sent Events, one JSON object per `data:` line).

export type ConsoleEventType =
  | 'caseCreated'
  | 'caseClaimed'
  | 'caseReleased'
  | 'caseReassigned'
  | 'caseClosed'
  | 'taxpayerMessage'
  | 'representativeMessage'
  | 'taxpayerLeft'
  | 'deliveryFailed'
  | 'noteAdded'
  | 'callbackRequested';

export interface ConsoleEvent {
  type: ConsoleEventType;
  caseId: string;
  caseNumber: string;
  /** The representative (or hub) that caused it. */
  actor?: string;
  at: string;
}
