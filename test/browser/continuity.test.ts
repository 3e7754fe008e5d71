import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { TOLD_CASE_NUMBER, TO_CONFIRMATION } from '../fixtures/priorityOneScript.js';
import { spawnServer } from '../fixtures/serverProcess.js';
import type { ServerProcess } from '../fixtures/serverProcess.js';
import { chromiumAvailable, webChatServerPort, webChatTab } from '../fixtures/chromium.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';
import { webChatActions } from '../fixtures/webChatPage.js';

const ADMIN = { username: 'rep-continuity', password: 'console-password-2024' };
const WAIT = { timeout: 20_000 };
const { type } = webChatActions(WAIT);
const RECONNECTING = 'Network interruption occurred. Reconnecting…';

/** The server as a real process on a fixed port and data directory, so that it can be killed and started again. */
class Deployment {
  private process: ServerProcess | undefined;
  readonly dataDir = scratchDirectory('drs-continuity-');
  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = await spawnServer({
      PORT: String(this.port),
      DATA_DIR: this.dataDir,
      CONSOLE_ADMIN_USER: ADMIN.username,
      CONSOLE_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
    });
  }

  /** As a crash or a pulled plug: no drain, no goodbye. */
  async kill(): Promise<void> {
    const running = this.process;
    if (!running) return;
    running.child.kill('SIGKILL');
    await running.exited;
    this.process = undefined;
  }

  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}


/** What the tab keeps in sessionStorage (read in the page; the tests have no DOM types). */
const savedConversation = (page: Page) => page.evaluate<string | null>('sessionStorage.getItem("drs-chat-conversation")');

const bubbles = (page: Page) => page.locator('.webchat__bubble__content').allInnerTexts();

/** How many transcript bubbles contain `text` (each message must be shown once). */
async function countShown(page: Page, text: string): Promise<number> {
  return (await bubbles(page)).filter((bubble) => bubble.includes(text)).length;
}

async function waitShown(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.webchat__bubble__content', { hasText: text }).last().waitFor(WAIT);
}

/** Types the Priority One intake up to (not including) step `stopBefore`, or through Submit. */
async function intake(page: Page, steps: [string, RegExp][]): Promise<void> {
  for (const [say, expectNext] of steps) {
    await type(page, say);
    await waitShown(page, expectNext);
  }
}

async function caseIdFor(rep: ConsoleClient, caseNumber: string): Promise<string> {
  const { body } = await rep.call<{ cases: { id: string; caseNumber: string }[] }>('GET', '/cases?status=queued');
  const found = body.cases.find((item) => item.caseNumber === caseNumber);
  if (!found) throw new Error(`case ${caseNumber} not queued`);
  return found.id;
}

async function submitAndClaim(page: Page, rep: () => Promise<ConsoleClient>): Promise<{ caseId: string; caseNumber: string }> {
  await intake(page, TO_CONFIRMATION);
  await type(page, 'submit');
  await waitShown(page, TOLD_CASE_NUMBER);
  const told = (await bubbles(page)).map((text) => TOLD_CASE_NUMBER.exec(text)?.[1]).find(Boolean);
  if (!told) throw new Error('no case number shown');
  const console = await rep();
  const caseId = await caseIdFor(console, told);
  expect((await console.call('POST', `/cases/${caseId}/claim`)).status).toBe(200);
  await waitShown(page, 'A DRS representative has joined the chat');
  return { caseId, caseNumber: told };
}

describe.skipIf(!chromiumAvailable)('Web Chat keeps the taxpayer through restarts and reloads', () => {
  let deployment: Deployment | undefined;
  let server: TestServer | undefined;

  afterEach(async () => {
    await deployment?.remove();
    await server?.close();
    deployment = server = undefined;
  });

  it('a page left open across a crash and restart reconnects by itself: nothing lost, nothing twice', { timeout: 180_000 }, async () => {
    const deployed = new Deployment(await webChatServerPort());
    deployment = deployed;
    await deployed.start();
    const signIn = () => ConsoleClient.signIn(deployed.url, ADMIN.username, ADMIN.password);
    const page = await webChatTab();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(deployed.url);
    await waitShown(page, 'virtual assistant');
    await type(page, 'what is the interest rate on unpaid tax');
    await waitShown(page, 'How Connecticut charges interest');
    const { caseId } = await submitAndClaim(page, signIn);

    await deployed.kill();
    await page.getByText(RECONNECTING).first().waitFor(WAIT);
    await page.screenshot({ path: join(tmpdir(), 'continuity-reconnecting.png') });

    await deployed.start();
    const backAt = Date.now();
    // The representative writes as soon as the server is back, before the page has reconnected.
    const rep = await signIn();
    const sent = await rep.call<{ message: { delivery: string } }>('POST', `/cases/${caseId}/messages`, { text: 'Thanks for waiting. I am looking at your levy now.' });
    expect(sent.status).toBe(201);
    expect(sent.body.message.delivery).toBe('delivered');
    await waitShown(page, 'I am looking at your levy now.');
    await page.getByText(RECONNECTING).first().waitFor({ state: 'hidden', ...WAIT });
    console.info(`reconnected ${Date.now() - backAt} ms after the restarted server was ready`);

    // Without reloading: the page still talks, to the representative and then to the assistant.
    await type(page, 'Thank you, I will wait.');
    await expect.poll(async () => {
      const detail = await rep.call<{ messages: { text: string }[] }>('GET', `/cases/${caseId}`);
      return detail.body.messages.map((message) => message.text);
    }, WAIT).toContain('Thank you, I will wait.');
    await type(page, 'end chat');
    await waitShown(page, 'You are back with the assistant');
    await type(page, 'how do I set up a payment plan');
    await waitShown(page, 'Installment payment plans');

    for (const once of ['what is the interest rate on unpaid tax', 'How Connecticut charges interest', 'I am looking at your levy now.', 'Thank you, I will wait.', 'Installment payment plans', 'A DRS representative has joined the chat']) {
      expect(await countShown(page, once), once).toBe(1);
    }
    await page.screenshot({ path: join(tmpdir(), 'continuity-after-restart.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a reload mid-intake and again during a live chat continues the same conversation at the same step', { timeout: 180_000 }, async () => {
    // No restart here: the server runs in this process.
    server = await startTestServer({ port: await webChatServerPort(), env: { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password } });
    const signIn = () => ConsoleClient.signIn(server?.url ?? '', ADMIN.username, ADMIN.password);
    const page = await webChatTab();
    await page.goto(server.url);
    await waitShown(page, 'virtual assistant');

    // Mid-intake: asked for a name.
    const toName = TO_CONFIRMATION.findIndex(([, next]) => next.source.includes('name'));
    await intake(page, TO_CONFIRMATION.slice(0, toName + 1));
    const before = await bubbles(page);
    const conversationBefore = await savedConversation(page);
    await page.reload();
    await waitShown(page, 'What is your name?');
    await expect.poll(() => bubbles(page), WAIT).toEqual(before);
    expect(await savedConversation(page)).toContain(JSON.parse(conversationBefore ?? '{}').conversationId);
    // The same step: the name is taken, and the intake goes on from there.
    await intake(page, TO_CONFIRMATION.slice(toName + 1));
    await type(page, 'submit');
    await waitShown(page, TOLD_CASE_NUMBER);
    const caseNumber = (await bubbles(page)).map((text) => TOLD_CASE_NUMBER.exec(text)?.[1]).find(Boolean) ?? '';
    const rep = await signIn();
    const caseId = await caseIdFor(rep, caseNumber);
    expect((await rep.call('POST', `/cases/${caseId}/claim`)).status).toBe(200);
    await waitShown(page, 'A DRS representative has joined the chat');

    // During the live chat.
    const during = await bubbles(page);
    await page.reload();
    await waitShown(page, 'A DRS representative has joined the chat');
    await expect.poll(() => bubbles(page), WAIT).toEqual(during);
    expect((await rep.call('POST', `/cases/${caseId}/messages`, { text: 'Can you tell me the date on the levy notice?' })).status).toBe(201);
    await waitShown(page, 'the date on the levy notice?');
    await type(page, 'It is dated March 3.');
    await expect.poll(async () => {
      const detail = await rep.call<{ messages: { text: string }[] }>('GET', `/cases/${caseId}`);
      return detail.body.messages.map((message) => message.text);
    }, WAIT).toContain('It is dated March 3.');
    await page.screenshot({ path: join(tmpdir(), 'continuity-after-reload.png') });

    // Nothing of it is kept beyond the tab.
    expect(await page.evaluate<number>('localStorage.length')).toBe(0);

    // "Start a new conversation" ends it on purpose: a new greeting, none of the old transcript, and the representative is told.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Start a new conversation' }).click();
    await expect.poll(async () => (await bubbles(page)).some((text) => text.includes('levy notice')), WAIT).toBe(false);
    await waitShown(page, 'virtual assistant');
    const after = JSON.parse((await savedConversation(page)) ?? '{}') as { conversationId?: string };
    expect(after.conversationId).toBeTruthy();
    expect(after.conversationId).not.toBe(JSON.parse(conversationBefore ?? '{}').conversationId);
    await expect.poll(async () => {
      const detail = await rep.call<{ history: { action: string }[] }>('GET', `/cases/${caseId}`);
      return JSON.stringify(detail.body);
    }, WAIT).toMatch(/started a new conversation/);
    await page.close();
  });
});
