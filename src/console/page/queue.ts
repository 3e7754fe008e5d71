// The case list: one button per case, newest last, as the API orders them.
import { h } from './dom.js';
import { channelName, kindName, languageName, statusName, summaryLine, waitingText } from './format.js';
import type { CaseItem } from '../contract/caseViews.js';
import type { QueueFilter } from '../contract/consoleApi.js';
import type { CaseLanguage } from '../contract/languages.js';

export interface QueueView {
  filter: QueueFilter;
  /** Only the cases in this language; every language when undefined. */
  language: CaseLanguage | undefined;
  cases: CaseItem[];
  /** When the list was fetched (Date.now()), so waiting times can tick on between fetches. */
  fetchedAt: number;
  selectedId: string | undefined;
}

const emptyText: Record<QueueFilter, string> = {
  queued: 'No one is waiting.',
  active: 'No cases are being handled right now.',
  closed: 'No closed cases yet.',
};

function caseButton(item: CaseItem, view: QueueView, now: number): HTMLButtonElement {
  const waiting = waitingText(item, view.fetchedAt, now);
  const place = item.queuePosition ? `#${item.queuePosition} in queue` : statusName(item.status);
  const claimed = item.claimedBy ? `Claimed by ${item.claimedBy}` : 'Not claimed';
  return h(
    'button',
    { type: 'button', class: 'case-item', 'data-id': item.id, 'aria-current': item.id === view.selectedId ? 'true' : undefined },
    h(
      'span',
      { class: 'case-line' },
      h('span', { class: 'case-id' }, h('span', { class: 'case-number' }, item.caseNumber), ' ', h('span', { class: `language-label language-${item.language}` }, languageName(item.language))),
      waiting !== '—' && h('span', { class: 'case-meta' }, `${item.status === 'queued' ? 'Waiting' : 'Open'} ${waiting}`),
    ),
    h('span', { class: 'case-meta' }, [kindName(item.kind), channelName(item.channelId), place, claimed].join(' · ')),
    h('span', { class: 'case-oneline' }, summaryLine(item.summary)),
  );
}

/** Draws the list again, keeping keyboard focus on the case that had it. */
export function renderQueue(list: HTMLElement, view: QueueView, now = Date.now()): void {
  const focusedId = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.dataset.id : undefined;
  const items = view.cases.length
    ? view.cases.map((item) => h('li', {}, caseButton(item, view, now)))
    : [h('li', { class: 'empty' }, view.language ? `No ${view.filter} cases in ${languageName(view.language)}.` : emptyText[view.filter])];
  list.replaceChildren(...items);
  if (focusedId) list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusedId)}"]`)?.focus();
}

export function queueStatusText(view: QueueView): string {
  const count = view.cases.length;
  const noun = count === 1 ? 'case' : 'cases';
  return `${count} ${view.filter} ${noun}${view.language ? ` in ${languageName(view.language)}` : ''}`;
}
