// The open case: summary, the assistant transcript, the live chat, notes, history and the actions.
import { announce, byId, h, timeElement } from './dom.js';
import { actionNames, channelName, covidName, kindName, languageName, statusName, taxpayerTypeName } from './format.js';
import type { CaseDetail, CaseMessageView, CaseSummaryView, HistoryAction, HistoryEntry } from '../contract/caseViews.js';
import type { CaseLanguage } from '../contract/languages.js';
import type { CaseResponse } from '../contract/consoleApi.js';

/** What the signed-in representative may do with the case. */
export interface Permissions {
  claim: boolean;
  /** Message, release and close: only the one who claimed it. */
  handle: boolean;
}


export function permissions(item: CaseDetail, me: string): Permissions {
  return { claim: item.status === 'queued', handle: item.status === 'active' && item.claimedBy === me };
}

function row(name: string, ...value: (Node | string)[]): Node[] {
  return [h('dt', {}, name), h('dd', {}, ...value)];
}

function lines(...values: (string | undefined)[]): (Node | string)[] {
  return values.filter((value): value is string => !!value).flatMap((value, index) => (index ? [h('br'), value] : [value]));
}

/** A case in another language than English says so, so the representative answers in it. */
const languageText = (language: CaseLanguage) => (language === 'en' ? languageName(language) : `${languageName(language)} (reply in ${languageName(language)})`);

function summaryRows(summary: CaseSummaryView, language: CaseLanguage): Node[] {
  const { contact, computed } = summary;
  const notice = computed.noticeKind ? `${computed.noticeKind}${computed.noticeDate ? `, dated ${computed.noticeDate}` : ''}` : computed.noticeDate;
  return [
    ...row('Language', languageText(language)),
    ...row('Taxpayer type', taxpayerTypeName(summary.taxpayerType)),
    ...row('Collection actions', actionNames(summary.collectionActions)),
    ...row('COVID-19 impact', covidName(summary.covidImpact)),
    ...(summary.kind === 'priorityOne' ? row('Priority One', summary.eligible ? 'Eligible' : 'Not eligible') : []),
    ...row('Contact', ...lines(contact.name, contact.phone && `Phone ${contact.phone}`, contact.email && `E-mail ${contact.email}`)),
    ...row('Preferred time', summary.preferredTime),
    ...row('Notice', notice ?? 'None given'),
    ...row('Deadline', computed.deadline ?? 'None given'),
    ...row('Estimate', computed.estimate ?? 'None given'),
    ...row('Description', summary.description || 'None given'),
    ...row('Consent given', timeElement(summary.consentAt, true)),
  ];
}

function stateText(item: CaseDetail): string {
  const parts = [kindName(item.kind), channelName(item.channelId), languageName(item.language), statusName(item.status)];
  if (item.queuePosition) parts.push(`#${item.queuePosition} in the queue`);
  if (item.callbackRequestedAt && item.status === 'queued') parts.push('call back: the taxpayer left the chat');
  if (item.claimedBy) parts.push(`claimed by ${item.claimedBy}`);
  if (item.resolution) parts.push(`resolution: ${item.resolution}`);
  return parts.join(' · ');
}

const senderName = (message: CaseMessageView, me: string) =>
  message.sender === 'taxpayer' ? 'Taxpayer' : message.sender === 'system' ? 'System' : message.author === me ? `${me} (you)` : (message.author ?? 'Representative');

function messageItem(message: CaseMessageView, me: string): HTMLLIElement {
  return h(
    'li',
    { class: `from-${message.sender}`, 'data-id': String(message.id) },
    h('span', { class: 'who' }, senderName(message, me)),
    timeElement(message.createdAt),
    h('span', { class: 'text' }, message.text),
    message.delivery === 'failed' && h('span', { class: 'delivery-failed' }, `Not delivered to the taxpayer: ${message.error ?? 'reason unknown'}`),
  );
}

const actionWords: Record<HistoryAction, string> = {
  view: 'opened the case',
  claim: 'claimed the case',
  message: 'sent a message',
  note: 'added a note',
  release: 'released the case',
  reassign: 'reassigned the case',
  close: 'closed the case',
};

/** Oldest first; a run of views by one person is one line, since every open of the case is recorded. */
function historyItems(history: HistoryEntry[]): HTMLLIElement[] {
  const runs: { entry: HistoryEntry; count: number }[] = [];
  for (const entry of history) {
    const last = runs.at(-1);
    if (last && entry.action === 'view' && last.entry.action === 'view' && last.entry.actor === entry.actor) runs[runs.length - 1] = { entry, count: last.count + 1 };
    else runs.push({ entry, count: 1 });
  }
  return runs.map(({ entry, count }) =>
    h(
      'li',
      {},
      timeElement(entry.at, true),
      h('span', { class: 'who' }, entry.actor),
      actionWords[entry.action] ?? entry.action,
      count > 1 ? ` (${count} times)` : '',
      entry.detail ? `: ${entry.detail}` : '',
    ),
  );
}

const empty = (text: string) => h('li', { class: 'empty' }, text);

export class CaseView {
  private shownId: string | undefined;
  private messages = new Map<number, { item: HTMLLIElement; signature: string }>();
  private transcriptSize = -1;

  clear(): void {
    this.shownId = undefined;
    this.messages.clear();
    // The chat list is updated in place while one case is shown; another case starts from nothing.
    byId('messages').replaceChildren();
    this.transcriptSize = -1;
    byId('case-body').hidden = true;
    byId('case-empty').hidden = false;
  }

  /** Draws the case; on a refresh of the same case only what changed, announcing new chat messages. */
  render({ case: item, messages, notes, history }: CaseResponse, me: string): void {
    const fresh = item.id !== this.shownId;
    if (fresh) {
      this.clear();
      this.shownId = item.id;
    }
    byId('case-empty').hidden = true;
    byId('case-body').hidden = false;
    byId('case-heading').textContent = `Case ${item.caseNumber}`;
    byId('case-state').textContent = stateText(item);

    const can = permissions(item, me);
    byId('claim').hidden = !can.claim;
    byId('release').hidden = !can.handle;
    byId('close-case').hidden = !can.handle;
    byId('reply-form').hidden = !can.handle;

    byId('summary').replaceChildren(...summaryRows(item.summary, item.language));
    if (item.transcript.length !== this.transcriptSize) {
      this.transcriptSize = item.transcript.length;
      byId('transcript').replaceChildren(
        ...(item.transcript.length
          ? item.transcript.map((line) =>
              h('li', { class: line.direction === 'in' ? 'from-taxpayer' : 'from-system' }, h('span', { class: 'who' }, line.direction === 'in' ? 'Taxpayer' : 'Assistant'), timeElement(line.at), line.text),
            )
          : [empty('No transcript.')]),
      );
      // The lines just before the hand-off matter most: show them first.
      byId('transcript-box').scrollTop = byId('transcript-box').scrollHeight;
    }
    this.renderMessages(messages, me, !fresh, this.chatNote(item, can));
    byId('notes').replaceChildren(
      ...(notes.length ? notes.map((note) => h('li', {}, h('span', { class: 'who' }, note.author), timeElement(note.createdAt), note.text)) : [empty('No notes yet.')]),
    );
    byId('history').replaceChildren(...(history.length ? historyItems(history) : [empty('Nothing yet.')]));
  }

  /** Why there is no send box, when there is none. */
  private chatNote(item: CaseDetail, can: Permissions): string | undefined {
    if (can.handle) return undefined;
    if (item.status === 'queued') return 'Claim the case to chat with the taxpayer.';
    if (item.status === 'active') return `${item.claimedBy ?? 'Another representative'} is handling this case.`;
    return 'The case is closed; the chat has ended.';
  }

  private renderMessages(messages: CaseMessageView[], me: string, announceNew: boolean, note: string | undefined): void {
    const list = byId('messages');
    const box = byId('chat-box');
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
    let added = false;
    list.querySelector('.empty')?.remove();
    for (const message of messages) {
      const signature = `${message.text}|${message.delivery ?? ''}|${message.error ?? ''}`;
      const known = this.messages.get(message.id);
      if (known?.signature === signature) continue;
      const item = messageItem(message, me);
      if (known) known.item.replaceWith(item);
      else list.append(item);
      this.messages.set(message.id, { item, signature });
      added ||= !known;
      if (!announceNew) continue;
      if (message.delivery === 'failed') announce(`Message not delivered to the taxpayer: ${message.error ?? 'reason unknown'}`);
      else if (!known && message.sender !== 'representative') announce(`${senderName(message, me)}: ${message.text}`);
    }
    if (!messages.length) list.append(empty('No messages yet.'));
    byId('chat-note').textContent = note ?? '';
    if (added && (atBottom || !announceNew)) box.scrollTop = box.scrollHeight;
  }
}
