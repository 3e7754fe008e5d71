// Human words for the API's codes. The collection action names copy src/handoff/caseSummary.ts.
import type { CaseItem, CaseSummary, CollectionAction } from './types.js';

export const collectionActionNames: Record<CollectionAction, string> = {
  paymentPlan: 'Payment plan',
  bankLevy: 'Bank warrant or levy',
  wageGarnishment: 'Wage execution or garnishment',
  lien: 'Tax lien',
  offerInCompromise: 'Offer of compromise',
  other: 'Other collection action',
};

const kindNames: Record<CaseSummary['kind'], string> = { priorityOne: 'Priority One', general: 'General' };
const channelNames: Record<string, string> = { webchat: 'Web Chat', msteams: 'Teams', sms: 'SMS', directline: 'Direct Line', email: 'E-mail' };
const statusNames: Record<string, string> = { queued: 'Queued', active: 'Active', closed: 'Closed', failed: 'Failed' };
const covidNames: Record<string, string> = { yes: 'Yes, COVID-19 affected the taxpayer', no: 'No', notSure: 'Not sure' };
const taxpayerTypeNames: Record<string, string> = { individual: 'Individual', business: 'Business' };

export const kindName = (kind: string) => kindNames[kind as CaseSummary['kind']] ?? kind;
export const channelName = (channel: string) => channelNames[channel] ?? channel;
export const statusName = (status: string) => statusNames[status] ?? status;
export const covidName = (impact: string | undefined) => (impact ? (covidNames[impact] ?? impact) : 'Not asked');
export const taxpayerTypeName = (type: string | undefined) => (type ? (taxpayerTypeNames[type] ?? type) : 'Not given');

export const actionNames = (actions: readonly CollectionAction[]) =>
  actions.length ? actions.map((action) => collectionActionNames[action] ?? action).join(', ') : 'None named';

/** "under 1 min", "12 min", "2 h 5 min". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** How long the taxpayer has waited, as of `now`: the server's figure moved on by the time since it was fetched. */
export function waitingText(item: CaseItem, fetchedAt: number, now: number): string {
  if (item.waitingSeconds === null || item.waitingSeconds === undefined) return '—';
  return duration(item.waitingSeconds + Math.max(0, (now - fetchedAt) / 1000));
}

/** One line about the case for the queue. */
export function summaryLine(summary: CaseSummary): string {
  const parts = [summary.contact.name, summary.taxpayerType ? taxpayerTypeName(summary.taxpayerType) : undefined];
  if (summary.collectionActions.length) parts.push(actionNames(summary.collectionActions));
  const head = parts.filter(Boolean).join(' · ');
  return summary.description ? `${head} — ${summary.description}` : head;
}
