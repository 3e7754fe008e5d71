// Human words for the API's codes.
import { collectionActionNames } from '../contract/collectionActions.js';
import type { CollectionAction } from '../contract/collectionActions.js';
import type { CaseItem, CaseKind, CaseStatus, CaseSummaryView, CovidImpact, TaxpayerType } from '../contract/caseViews.js';
import { languageNames } from '../contract/languages.js';
import type { CaseLanguage } from '../contract/languages.js';

const kindNames: Record<CaseKind, string> = { priorityOne: 'Priority One', general: 'General' };
const channelNames: Record<string, string> = { webchat: 'Web Chat', msteams: 'Teams', sms: 'SMS', directline: 'Direct Line', email: 'E-mail' };
const statusNames: Record<CaseStatus, string> = { queued: 'Queued', active: 'Active', closed: 'Closed', failed: 'Failed' };
const covidNames: Record<CovidImpact, string> = { yes: 'Yes, COVID-19 affected the taxpayer', no: 'No', notSure: 'Not sure' };
const taxpayerTypeNames: Record<TaxpayerType, string> = { individual: 'Individual', business: 'Business' };

export const kindName = (kind: CaseKind) => kindNames[kind] ?? kind;
export const channelName = (channel: string) => channelNames[channel] ?? channel;
export const statusName = (status: CaseStatus) => statusNames[status] ?? status;
export const covidName = (impact: CovidImpact | undefined) => (impact ? (covidNames[impact] ?? impact) : 'Not asked');
export const languageName = (language: CaseLanguage) => languageNames[language] ?? language;
export const taxpayerTypeName = (type: TaxpayerType | undefined) => (type ? (taxpayerTypeNames[type] ?? type) : 'Not given');

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
export function summaryLine(summary: CaseSummaryView): string {
  const parts = [summary.contact.name, summary.taxpayerType ? taxpayerTypeName(summary.taxpayerType) : undefined];
  if (summary.collectionActions.length) parts.push(actionNames(summary.collectionActions));
  const head = parts.filter(Boolean).join(' · ');
  return summary.description ? `${head} — ${summary.description}` : head;
}
