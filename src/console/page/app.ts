// The representatives' console: sign-in, the case queue, the open case, live updates.
import { api, ApiError } from './api.js';
import { CaseView, permissions } from './caseView.js';
import { announce, byId } from './dom.js';
import { LiveEvents } from './events.js';
import { queueStatusText, renderQueue } from './queue.js';
import type { QueueView } from './queue.js';
import { languageName } from './format.js';
import type { CaseChangeResponse, CaseListResponse, CaseResponse, ConsoleRole, MeResponse, MessageResponse, NoteResponse, QueueFilter, UserListResponse } from '../contract/consoleApi.js';
import { CASE_LANGUAGES } from '../contract/languages.js';

const state: { me: string | undefined; role: ConsoleRole; accounts: string[]; queue: QueueView; open: CaseResponse | undefined; live: boolean } = {
  me: undefined,
  role: 'representative',
  accounts: [],
  queue: { filter: 'queued', language: undefined, cases: [], fetchedAt: 0, selectedId: undefined },
  open: undefined,
  live: true,
};
const caseView = new CaseView();
const field = <T extends HTMLElement>(id: string) => byId<T>(id);

/** Runs `task` one at a time; calls made meanwhile run it once more afterwards, so no update is lost. */
function coalesced(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  };
}

/** Shows what went wrong in `target`, or goes back to sign-in when the session is gone. */
function failed(error: unknown, target: HTMLElement): void {
  if (error instanceof ApiError && error.status === 401 && state.me) return signedOut('Your session has ended. Please sign in again.');
  target.textContent = error instanceof Error ? error.message : String(error);
}

function setText(element: HTMLElement, text: string): void {
  // Live regions re-announce identical text on some screen readers.
  if (element.textContent !== text) element.textContent = text;
}

function drawQueue(): void {
  renderQueue(byId('case-list'), state.queue);
  setText(byId('queue-status'), queueStatusText(state.queue) + (state.live ? '' : ' · reconnecting for live updates…'));
  for (const button of document.querySelectorAll<HTMLButtonElement>('.filter')) {
    button.setAttribute('aria-pressed', String(button.dataset.status === state.queue.filter));
  }
}

const refreshQueue = coalesced(async () => {
  const { filter, language } = state.queue;
  if (!state.me) return;
  try {
    const query = new URLSearchParams({ status: filter, ...(language ? { language } : {}) });
    const { cases } = await api<CaseListResponse>('GET', `/cases?${query}`);
    if (filter !== state.queue.filter || language !== state.queue.language || !state.me) return;
    state.queue = { ...state.queue, cases, fetchedAt: Date.now() };
    drawQueue();
  } catch (error) {
    failed(error, byId('queue-status'));
  }
});

const refreshCase = coalesced(async () => {
  const id = state.queue.selectedId;
  if (!id || !state.me) return;
  try {
    const response = await api<CaseResponse>('GET', `/cases/${encodeURIComponent(id)}`);
    if (id !== state.queue.selectedId || !state.me) return;
    state.open = response;
    caseView.render(response, state.me);
    drawReassign(response);
  } catch (error) {
    failed(error, byId('case-error'));
  }
});

const refreshAll = () => Promise.all([refreshQueue(), refreshCase()]);

const events = new LiveEvents({
  onEvent: (event) => {
    void refreshQueue();
    if (event.caseId === state.queue.selectedId) void refreshCase();
    if (event.type === 'caseCreated') announce(`New case ${event.caseNumber} is waiting.`);
  },
  onOpen: () => {
    state.live = true;
    void refreshAll();
  },
  onTrouble: (closed) => {
    state.live = false;
    drawQueue();
    // Refused outright: maybe the session ended.
    if (closed) api('GET', '/me').catch((error: unknown) => failed(error, byId('queue-status')));
  },
});

/** A supervisor's choice for an active case: anyone else with an account, or the queue. */
function drawReassign({ case: item }: CaseResponse): void {
  const form = byId<HTMLFormElement>('reassign-form');
  form.hidden = state.role !== 'supervisor' || item.status !== 'active';
  if (form.hidden) return;
  const select = field<HTMLSelectElement>('reassign-to');
  const choices = [['', 'The queue'], ...state.accounts.filter((name) => name !== item.claimedBy).map((name) => [name, name])];
  const signature = JSON.stringify(choices);
  if (select.dataset.choices === signature) return;
  select.dataset.choices = signature;
  select.replaceChildren(...choices.map(([value, label]) => Object.assign(document.createElement('option'), { value: value!, textContent: label! })));
}

async function loadAccounts(): Promise<void> {
  if (state.role !== 'supervisor') return;
  try {
    state.accounts = (await api<UserListResponse>('GET', '/users')).users.map((user) => user.username);
    if (state.open) drawReassign(state.open);
  } catch (error) {
    failed(error, byId('page-status'));
  }
}

async function reassign(): Promise<void> {
  const to = field<HTMLSelectElement>('reassign-to').value;
  if (!(await onCase<CaseChangeResponse>('reassign', 'reassign', { to: to || null }))) return;
  await refreshCase();
  announce(to ? `Case reassigned to ${to}.` : 'Case returned to the queue.');
  byId('case-heading').focus();
}

let ticker: number | undefined;

function signedIn({ username, role }: MeResponse): void {
  state.me = username;
  state.role = role;
  state.accounts = [];
  void loadAccounts();
  byId('account-name').textContent = role === 'supervisor' ? `${username} (supervisor)` : username;
  byId('account').hidden = false;
  byId('insights-link').hidden = role !== 'supervisor';
  byId('sign-in').hidden = true;
  byId('workspace').hidden = false;
  setText(byId('page-status'), '');
  state.live = true;
  events.start();
  void refreshQueue();
  window.clearInterval(ticker);
  // Waiting times move on; without live updates, poll.
  let ticks = 0;
  ticker = window.setInterval(() => {
    ticks += 1;
    if (!state.live) void refreshAll();
    else if (ticks % 6 === 0) drawQueue();
  }, 5_000);
}

function signedOut(message = '', isError = true): void {
  state.me = undefined;
  state.open = undefined;
  state.queue = { ...state.queue, cases: [], selectedId: undefined };
  events.stop();
  window.clearInterval(ticker);
  caseView.clear();
  byId('case-list').replaceChildren();
  byId('account').hidden = true;
  byId('workspace').hidden = true;
  byId('sign-in').hidden = false;
  byId('sign-in-error').textContent = isError ? message : '';
  setText(byId('page-status'), isError ? '' : message);
  field<HTMLInputElement>('password').value = '';
  field('username').focus();
}

let signingIn = false;
async function signIn(): Promise<void> {
  const username = field<HTMLInputElement>('username');
  const password = field<HTMLInputElement>('password');
  const error = byId('sign-in-error');
  const missing = [username, password].find((input) => !input.value.trim());
  if (missing) {
    error.textContent = 'Enter your username and password.';
    missing.focus();
    return;
  }
  if (signingIn) return;
  signingIn = true;
  error.textContent = '';
  try {
    await api('POST', '/login', { username: username.value.trim(), password: password.value });
    password.value = '';
    const me = await api<MeResponse>('GET', '/me');
    signedIn(me);
    byId('queue-heading').focus();
  } catch (caught) {
    password.value = '';
    error.textContent =
      caught instanceof ApiError && caught.status === 429 && caught.retryAfter && !/try again/i.test(caught.message)
        ? `${caught.message} Try again in ${Math.ceil(caught.retryAfter / 60)} min.`
        : caught instanceof Error
          ? caught.message
          : String(caught);
    password.focus();
  } finally {
    signingIn = false;
  }
}

async function openCase(id: string): Promise<void> {
  if (id !== state.queue.selectedId) {
    state.queue.selectedId = id;
    state.open = undefined;
    byId('case-error').textContent = '';
    caseView.clear();
    drawQueue();
  }
  await refreshCase();
  if (state.open?.case.id === id) byId('case-heading').focus();
}

const busy = new Set<string>();
/** One POST on the open case at a time per kind; errors show in `errorTarget`. */
async function onCase<T>(kind: string, path: string, body: unknown, errorTarget = byId('case-error')): Promise<T | undefined> {
  const id = state.queue.selectedId;
  if (!id || busy.has(kind)) return undefined;
  busy.add(kind);
  errorTarget.textContent = '';
  try {
    return await api<T>('POST', `/cases/${encodeURIComponent(id)}/${path}`, body);
  } catch (error) {
    failed(error, errorTarget);
    return undefined;
  } finally {
    busy.delete(kind);
    void refreshAll();
  }
}

async function claim(): Promise<void> {
  if (!(await onCase('claim', 'claim', {}))) return;
  await refreshCase();
  if (state.open && state.me && permissions(state.open.case, state.me).handle) field('reply').focus();
}

async function release(): Promise<void> {
  if (!(await onCase('release', 'release', {}))) return;
  await refreshCase();
  announce('Case released to the queue.');
  (byId('claim').hidden ? byId('case-heading') : byId('claim')).focus();
}

async function closeCase(): Promise<void> {
  const resolution = field<HTMLTextAreaElement>('resolution');
  const error = byId('close-error');
  if (!resolution.value.trim()) {
    error.textContent = 'Write how the case was resolved.';
    resolution.focus();
    return;
  }
  const closed = await onCase('close', 'close', { resolution: resolution.value.trim() }, error);
  if (!state.me) return field<HTMLDialogElement>('close-dialog').close();
  if (!closed) return;
  field<HTMLDialogElement>('close-dialog').close();
  await refreshCase();
  announce('Case closed.');
  byId('case-heading').focus();
}

async function sendReply(): Promise<void> {
  const reply = field<HTMLTextAreaElement>('reply');
  const text = reply.value.trim();
  if (!text) return;
  const sent = await onCase<MessageResponse>('message', 'messages', { text });
  if (!sent) return;
  reply.value = '';
  const open = state.open;
  if (open && state.me && !open.messages.some((message) => message.id === sent.message.id)) {
    open.messages.push(sent.message);
    caseView.render(open, state.me);
  }
}

async function addNote(): Promise<void> {
  const note = field<HTMLTextAreaElement>('note');
  const text = note.value.trim();
  if (!text) return;
  if (!(await onCase<NoteResponse>('note', 'notes', { text }))) return;
  note.value = '';
  announce('Note added.');
}

function wire(): void {
  const submit = (id: string, action: () => Promise<void>) =>
    byId(id).addEventListener('submit', (event) => {
      event.preventDefault();
      void action();
    });
  const click = (id: string, action: () => unknown) => byId(id).addEventListener('click', () => void action());

  submit('sign-in-form', signIn);
  submit('reply-form', sendReply);
  submit('note-form', addNote);
  submit('close-form', closeCase);
  submit('reassign-form', reassign);
  click('claim', claim);
  click('release', release);
  click('close-case', () => {
    field<HTMLTextAreaElement>('resolution').value = '';
    byId('close-error').textContent = '';
    field<HTMLDialogElement>('close-dialog').showModal();
  });
  click('cancel-close', () => field<HTMLDialogElement>('close-dialog').close());
  click('sign-out', async () => {
    await api('POST', '/logout').catch(() => undefined);
    signedOut('You have signed out.', false);
  });

  byId('reply').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      byId<HTMLFormElement>('reply-form').requestSubmit();
    }
  });
  byId('case-list').addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('.case-item') : null;
    if (button?.dataset.id) void openCase(button.dataset.id);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('.filter')) {
    button.addEventListener('click', () => {
      state.queue = { ...state.queue, filter: (button.dataset.status ?? 'queued') as QueueFilter, cases: [] };
      drawQueue();
      void refreshQueue();
    });
  }
  // "All", then each language the API knows; live updates refresh the list with the chosen one.
  const languages = field<HTMLSelectElement>('language-filter');
  languages.append(...CASE_LANGUAGES.map((language) => Object.assign(document.createElement('option'), { value: language, textContent: languageName(language) })));
  languages.addEventListener('change', () => {
    state.queue = { ...state.queue, language: CASE_LANGUAGES.find((language) => language === languages.value), cases: [] };
    drawQueue();
    void refreshQueue();
  });
}

async function start(): Promise<void> {
  wire();
  try {
    const me = await api<MeResponse>('GET', '/me');
    signedIn(me);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) signedOut();
    else byId('page-status').textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
