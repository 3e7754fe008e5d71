import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import { hashPassword } from '../../src/console/passwords.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { submitCase, taxpayerSees } from '../fixtures/priorityOneIntake.js';
import { TEST_SCRYPT_COST, startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, sharedChromium, seriousViolations, webChatServerPort, webChatTab } from '../fixtures/chromium.js';
import { SEND_BOX_NAME, webChatActions } from '../fixtures/webChatPage.js';

const REP = { username: 'sam', password: 'console-password-2024' };
const WAIT = { timeout: 15_000 };
const { type, clickAction, waitForText } = webChatActions(WAIT);
const VIEWPORT = { width: 1280, height: 800 };

/** The few browser globals read inside the page; the project compiles without the DOM library. */
interface PageGlobals {
  document: { activeElement: { id: string; textContent: string | null } | null };
  getComputedStyle(element: object): { outlineStyle: string; outlineWidth: string };
}

/** The focused element's id, text and whether its focus outline shows. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const browser = globalThis as unknown as PageGlobals;
    const active = browser.document.activeElement;
    const style = active ? browser.getComputedStyle(active) : undefined;
    return { id: active?.id ?? '', text: active?.textContent?.trim() ?? '', outlined: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
  });

/** Page errors and console errors (CSP violations among them) seen so far. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  return errors;
}

async function signIn(page: Page, url: string, password = REP.password, username = REP.username): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * A supervisor signed in (REP, a supervisor here) in one browser context, and a representative's
 * page in another, signed in by `rep()`; both contexts close when `work` ends.
 */
async function asSupervisorAndRepresentative(
  browser: Browser,
  url: string,
  work: (supervisor: Page, errors: string[], rep: (account: { username: string; password: string }) => Promise<Page>) => Promise<void>,
): Promise<void> {
  const supervisorContext = await browser.newContext({ viewport: VIEWPORT });
  const repContext = await browser.newContext({ viewport: VIEWPORT });
  try {
    const supervisor = await supervisorContext.newPage();
    const errors = watchErrors(supervisor);
    await signIn(supervisor, url);
    await work(supervisor, errors, async ({ username, password }) => {
      const rep = await repContext.newPage();
      await signIn(rep, url, password, username);
      await rep.getByText(`Signed in as ${username}`).waitFor(WAIT);
      return rep;
    });
  } finally {
    await repContext.close();
    await supervisorContext.close();
  }
}

/** The suggested-action button `name` on the latest bot message in Web Chat, clicked once it is there. */



/** The taxpayer asks for a person in Web Chat and submits a Priority One case; resolves to its number. */
async function handOff(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await waitForText(page, 'virtual assistant');
  await type(page, 'talk to a person');
  await waitForText(page, 'COVID-19 made hard for you to keep up with');
  await clickAction(page, 'Yes');
  await waitForText(page, 'individual or for a business?');
  await clickAction(page, 'Individual');
  await waitForText(page, 'Which DRS collection actions apply to you now?');
  await type(page, 'bank levy');
  await waitForText(page, 'Did COVID-19 affect your ability to keep up with it');
  await clickAction(page, 'Yes');
  await waitForText(page, 'Do you agree?');
  await clickAction(page, 'Yes');
  await waitForText(page, 'What is your name?');
  await type(page, 'Pat Doe');
  await waitForText(page, 'What phone number or e-mail address should DRS use to reach you?');
  await type(page, 'pat@example.com');
  await waitForText(page, 'When is the best time to reach you?');
  await clickAction(page, 'Weekday mornings');
  await waitForText(page, 'In a sentence or two, what is happening');
  await type(page, 'DRS levied my bank account after I lost work in 2020.');
  await waitForText(page, 'Is this right? Submit it, or choose what to change.');
  await clickAction(page, 'Submit');
  const confirmation = page.getByText(/Your case number is [A-Z0-9-]+\./).last();
  await confirmation.waitFor(WAIT);
  return /Your case number is ([A-Z0-9-]+)\./.exec((await confirmation.textContent()) ?? '')?.[1] ?? '';
}

/** Finds the queued case `caseNumber` and claims it as `api`'s representative; resolves to its id. */
async function claimQueued(api: ConsoleClient, caseNumber: string): Promise<string> {
  const { body } = await api.call<{ cases: { id: string; caseNumber: string }[] }>('GET', '/cases?status=queued');
  const id = body.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
  expect((await api.call('POST', `/cases/${id}/claim`)).status).toBe(200);
  return id;
}

describe.skipIf(!chromiumAvailable)('the representatives’ console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort(), env: { CONSOLE_ADMIN_USER: REP.username, CONSOLE_ADMIN_PASSWORD: REP.password } });
    // Until src/server.ts registers the page itself.
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the page and its scripts with a strict Content-Security-Policy and no inline script', async () => {
    const page = await fetch(`${server.url}/console`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);

    const script = await fetch(`${server.url}/console/page/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(csp);
    expect((await fetch(`${server.url}/console/console.css`)).headers.get('content-type')).toMatch(/^text\/css/);
    for (const path of ['/console/missing.js', '/console/..%2Fpackage.json', '/console/app.ts', '/console/app.js', '/console/page/app.ts', '/console/page/missing.js', '/console/src/app.js', '/console/page/..%2F..%2Fpackage.json']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });

  it('signs in by keyboard, says why a sign-in failed, shows the queue and passes axe', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/console`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor(WAIT);
      // Focus starts in the username box; Tab goes on to the password and the button.
      await expect.poll(async () => (await focused(page)).id).toBe('username');
      await page.keyboard.type(REP.username);
      await page.keyboard.press('Tab');
      await page.keyboard.type('not the password');
      await page.keyboard.press('Tab');
      const button = await focused(page);
      expect(button.text).toBe('Sign in');
      expect(button.outlined, 'visible focus on the Sign in button').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#sign-in-error').textContent(), WAIT).toBe('Wrong username or password.');
      expect(await page.getByLabel('Password').inputValue()).toBe('');

      await page.getByLabel('Password').fill(REP.password);
      await page.getByLabel('Password').press('Enter');
      await page.getByText(`Signed in as ${REP.username}`).waitFor(WAIT);
      await page.getByRole('heading', { name: 'Cases' }).waitFor(WAIT);
      expect(await page.getByRole('button', { name: 'Queued' }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('status').filter({ hasText: /\d+ queued case/ }).waitFor(WAIT);
      expect(await seriousViolations(page)).toEqual([]);

      // Reloading keeps the session; signing out ends it.
      await page.reload();
      await page.getByText(`Signed in as ${REP.username}`).waitFor(WAIT);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT);
      await page.getByText('You have signed out.').waitFor(WAIT);
      expect(errors.filter((error) => !/401 \(Unauthorized\)/.test(error))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('takes a Web Chat hand-off from queue to closed: live queue, summary, claim, chat both ways, close', { timeout: 180_000 }, async () => {
    const repContext: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
    const taxpayer = await webChatTab();
    try {
      const console_ = await repContext.newPage();
      const consoleErrors = watchErrors(console_);
      await signIn(console_, server.url);
      await console_.getByText(`Signed in as ${REP.username}`).waitFor(WAIT);
      // The live stream is connected before the case is made.
      await console_.getByRole('status').filter({ hasText: /\d+ queued case/ }).waitFor(WAIT);

      const caseNumber = await handOff(taxpayer, server.url);
      expect(caseNumber).toMatch(/^P1-/);

      // The case shows up without a reload.
      const listed = console_.locator('.case-item', { hasText: caseNumber });
      await listed.waitFor(WAIT);
      const entry = (await listed.textContent()) ?? '';
      for (const shown of ['English', 'Priority One', 'Web Chat', 'Not claimed', 'Pat Doe', 'Bank warrant or levy']) expect(entry, `queue entry shows ${shown}`).toContain(shown);
      expect(entry).toMatch(/Waiting (under 1 min|\d+ min)/);
      // The language filter: the English case leaves the list for Spanish, and is back for every language.
      await console_.getByLabel('Language').selectOption({ label: 'Spanish' });
      await console_.getByRole('status').filter({ hasText: /queued cases? in Spanish/ }).waitFor(WAIT);
      expect(await listed.count()).toBe(0);
      await console_.getByLabel('Language').selectOption({ label: 'All' });
      await listed.waitFor(WAIT);
      expect(await seriousViolations(console_)).toEqual([]);

      await listed.click();
      const heading = console_.getByRole('heading', { level: 2, name: `Case ${caseNumber}` });
      await heading.waitFor(WAIT);
      await expect.poll(async () => (await focused(console_)).id).toBe('case-heading');
      const summary = (await console_.locator('#summary').textContent()) ?? '';
      for (const shown of ['Individual', 'Bank warrant or levy', 'Yes, COVID-19 affected the taxpayer', 'Pat Doe', 'pat@example.com', 'Weekday mornings', 'DRS levied my bank account']) {
        expect(summary, `summary shows ${shown}`).toContain(shown);
      }
      expect(await console_.locator('#transcript li').count()).toBeGreaterThan(0);
      expect(await seriousViolations(console_)).toEqual([]);

      await console_.getByRole('button', { name: 'Claim', exact: true }).click();
      const reply = console_.getByRole('textbox', { name: 'Message to the taxpayer' });
      await reply.waitFor(WAIT);
      await expect.poll(async () => (await focused(console_)).id, WAIT).toBe('reply');
      await console_.locator('#case-state', { hasText: `claimed by ${REP.username}` }).waitFor(WAIT);
      await waitForText(taxpayer, 'A DRS representative has joined the chat');

      // Representative → taxpayer.
      const hello = 'Hello, this is Sam from DRS.';
      await reply.fill(hello);
      let started = performance.now();
      await reply.press('Enter');
      await taxpayer.getByText(hello, { exact: false }).last().waitFor(WAIT);
      const toWebChat = performance.now() - started;
      await console_.locator('#messages li.from-representative', { hasText: hello }).waitFor(WAIT);
      expect(await console_.locator('#messages .delivery-failed').count()).toBe(0);

      // Taxpayer → representative, over the live stream.
      await taxpayer.getByRole('textbox', { name: SEND_BOX_NAME }).fill('Thank you');
      started = performance.now();
      await taxpayer.getByRole('textbox', { name: SEND_BOX_NAME }).press('Enter');
      await console_.locator('#messages li.from-taxpayer', { hasText: 'Thank you' }).waitFor(WAIT);
      const toConsole = performance.now() - started;
      await console_.locator('#announcer', { hasText: 'Taxpayer: Thank you' }).waitFor(WAIT);
      console.info(`Taxpayer send → visible on the console: ${Math.round(toConsole)} ms; console send → visible in Web Chat: ${Math.round(toWebChat)} ms`);
      expect(toConsole).toBeLessThan(2_000);
      // Web Chat polls the embedded channel once a second.
      expect(toWebChat).toBeLessThan(2_500);

      // An internal note, then close with a resolution.
      await console_.getByRole('textbox', { name: 'Add an internal note' }).fill('Levy release requested.');
      await console_.getByRole('button', { name: 'Add note' }).click();
      await console_.locator('#notes li', { hasText: 'Levy release requested.' }).waitFor(WAIT);

      await console_.getByRole('button', { name: 'Close case…' }).click();
      const dialog = console_.getByRole('dialog', { name: 'Close the case' });
      await dialog.waitFor(WAIT);
      await dialog.getByRole('button', { name: 'Close case' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'Write how the case was resolved.' }).waitFor(WAIT);
      await dialog.getByLabel('Resolution').fill('Explained the levy release; payment plan to follow.');
      await dialog.getByRole('button', { name: 'Close case' }).click();
      await dialog.waitFor({ state: 'hidden', ...WAIT });
      await console_.locator('#case-state', { hasText: 'Closed' }).waitFor(WAIT);
      await console_.locator('#case-state', { hasText: 'resolution: Explained the levy release' }).waitFor(WAIT);
      expect(await console_.getByRole('textbox', { name: 'Message to the taxpayer' }).isVisible()).toBe(false);
      const history = (await console_.locator('#history').textContent()) ?? '';
      for (const done of ['claimed the case', 'sent a message', 'added a note', 'closed the case']) expect(history).toContain(done);

      await waitForText(taxpayer, 'The DRS representative ended the chat.');

      // It has moved from Queued to Closed.
      expect(await console_.locator('.case-item', { hasText: caseNumber }).count()).toBe(0);
      await console_.getByRole('button', { name: 'Closed' }).click();
      await console_.locator('.case-item', { hasText: caseNumber }).waitFor(WAIT);
      expect(consoleErrors.filter((error) => !/401 \(Unauthorized\)/.test(error))).toEqual([]);
    } finally {
      await taxpayer.close();
      await repContext.close();
    }
  });

  it('switching cases shows only that case\'s messages, notes and history', async () => {
    const api = await ConsoleClient.signIn(server.url, REP.username, REP.password);
    const cases: { id: string; caseNumber: string; word: string }[] = [];
    for (const word of ['Apple', 'Birch']) {
      const caseNumber = await submitCase(await DirectLineClient.start(server.url));
      const id = await claimQueued(api, caseNumber);
      expect((await api.call('POST', `/cases/${id}/messages`, { text: `Message about ${word}` })).status).toBe(201);
      expect((await api.call('POST', `/cases/${id}/notes`, { text: `Note about ${word}` })).status).toBe(201);
      cases.push({ id, caseNumber, word });
    }
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await signIn(page, server.url);
      await page.getByRole('button', { name: 'Active', exact: true }).click();
      const panels = async () => ({
        messages: (await page.locator('#messages').textContent()) ?? '',
        notes: (await page.locator('#notes').textContent()) ?? '',
        history: await page.locator('#history li').allTextContents(),
      });
      for (const [shown, other] of [[cases[0]!, cases[1]!], [cases[1]!, cases[0]!], [cases[0]!, cases[1]!]] as const) {
        await page.locator('.case-item', { hasText: shown.caseNumber }).click();
        await page.getByRole('heading', { level: 2, name: `Case ${shown.caseNumber}` }).waitFor(WAIT);
        await page.locator('#messages li', { hasText: `Message about ${shown.word}` }).waitFor(WAIT);
        const seen = await panels();
        expect(seen.messages).not.toContain(other.word);
        expect(seen.notes).toContain(`Note about ${shown.word}`);
        expect(seen.notes).not.toContain(other.word);
        expect(await page.locator('#messages li', { hasText: `Message about ${shown.word}` }).count()).toBe(1);
        // One "opened" per representative until something else happens, however often the case is opened.
        expect(seen.history.filter((line) => line.includes('opened the case')).length).toBe(1);
      }
    } finally {
      await context.close();
    }
  });

  it('lets a supervisor reassign a representative\'s case from the case view; a representative has no such control', async () => {
    const alex = { username: 'alex', password: 'another-console-password' };
    await server.db.query('insert into console_users (username, password_hash) values ($1, $2)', [alex.username, await hashPassword(alex.password, TEST_SCRYPT_COST)]);
    const caseNumber = await submitCase(await DirectLineClient.start(server.url));
    const alexApi = await ConsoleClient.signIn(server.url, alex.username, alex.password);
    await claimQueued(alexApi, caseNumber);

    await asSupervisorAndRepresentative(browser, server.url, async (supervisor, errors, signInRep) => {
      await supervisor.getByText(`Signed in as ${REP.username} (supervisor)`).waitFor(WAIT);
      await supervisor.getByRole('button', { name: 'Active', exact: true }).click();
      await supervisor.locator('.case-item', { hasText: caseNumber }).click();
      await supervisor.locator('#case-state', { hasText: 'claimed by alex' }).waitFor(WAIT);
      const to = supervisor.getByLabel('Reassign to');
      await to.waitFor(WAIT);
      expect(await to.locator('option').allTextContents()).toEqual(['The queue', 'sam']);
      expect(await seriousViolations(supervisor)).toEqual([]);
      await to.selectOption('sam');
      await supervisor.getByRole('button', { name: 'Reassign', exact: true }).click();
      await supervisor.locator('#case-state', { hasText: `claimed by ${REP.username}` }).waitFor(WAIT);
      await supervisor.locator('#history li', { hasText: 'reassigned the case: from alex to sam' }).waitFor(WAIT);
      expect(await to.locator('option').allTextContents()).toEqual(['The queue', 'alex']);
      await supervisor.screenshot({ path: '/tmp/console-reassign.png' });

      const rep = await signInRep(alex);
      await rep.getByRole('button', { name: 'Active', exact: true }).click();
      await rep.locator('.case-item', { hasText: caseNumber }).click();
      await rep.locator('#case-state', { hasText: `claimed by ${REP.username}` }).waitFor(WAIT);
      expect(await rep.getByText(`Signed in as ${alex.username} (supervisor)`).count()).toBe(0);
      expect(await rep.locator('#reassign-form').isHidden()).toBe(true);
      // On a phone-sized screen the open case and the queue fit the width: nothing scrolls sideways.
      const waiting = await submitCase(await DirectLineClient.start(server.url));
      await rep.setViewportSize({ width: 390, height: 844 });
      await rep.getByRole('button', { name: 'Queued', exact: true }).click();
      await rep.locator('.case-item', { hasText: waiting }).click();
      await rep.getByRole('heading', { level: 2, name: `Case ${waiting}` }).waitFor(WAIT);
      await expect.poll(() => rep.evaluate<number>('document.documentElement.scrollWidth')).toBe(390);
      // The page asks /me at load to resume a session; before sign-in that is a 401.
      expect(errors.filter((error) => !/401 \(Unauthorized\)/.test(error))).toEqual([]);
    });
  });

  it('shows a supervisor the insights of a scripted day, with charts and tables that pass axe; a representative is refused', async () => {
    const says = async (client: DirectLineClient, text: string) => (await client.ask(text)).map(readable).join('\n');
    // A day of conversations: an answer that helped and was rated, one that did not help, a question nobody could answer.
    const helped = await DirectLineClient.start(server.url);
    expect(await says(helped, 'What is the R859 notice?')).toMatch(/Did this answer your question\?/);
    expect(await says(helped, 'Yes')).toMatch(/How would you rate this chat\?/);
    expect(await says(helped, '5')).toMatch(/save you a call/);
    expect(await says(helped, 'Yes')).toMatch(/Thank you\. Your answers help DRS/);
    const unhelped = await DirectLineClient.start(server.url);
    await says(unhelped, 'How do I set up a payment plan?');
    expect(await says(unhelped, 'No')).toMatch(/Sorry that did not help/);
    const unanswered = await DirectLineClient.start(server.url);
    expect(await says(unanswered, 'Can I pay my sales tax in bitcoin from my crypto wallet?')).not.toMatch(/Source:/);
    // A hand-off claimed and closed by a representative, then rated by the taxpayer.
    const handedOff = await DirectLineClient.start(server.url);
    const caseNumber = await submitCase(handedOff);
    const casey = { username: 'casey', password: 'a-third-console-password' };
    await server.db.query('insert into console_users (username, password_hash) values ($1, $2)', [casey.username, await hashPassword(casey.password, TEST_SCRYPT_COST)]);
    const caseyApi = await ConsoleClient.signIn(server.url, casey.username, casey.password);
    const id = await claimQueued(caseyApi, caseNumber);
    expect((await caseyApi.call('POST', `/cases/${id}/close`, { resolution: 'Levy released.' })).status).toBe(200);
    await taxpayerSees(handedOff, /How would you rate this chat\?/);
    expect(await says(handedOff, '4')).toMatch(/save you a call/);
    expect(await says(handedOff, 'No')).toMatch(/Thank you\. Your answers help DRS/);

    await asSupervisorAndRepresentative(browser, server.url, async (supervisor, errors, signInRep) => {
      await supervisor.getByRole('link', { name: 'Insights' }).click();
      await supervisor.getByRole('heading', { level: 1, name: 'How the assistant is doing' }).waitFor(WAIT);
      const tile = (name: string) => supervisor.locator('.tile', { has: supervisor.getByText(name, { exact: true }) }).locator('strong');
      await tile('Conversations').waitFor(WAIT);
      expect(Number(await tile('Conversations').textContent())).toBeGreaterThanOrEqual(4);
      expect(Number(await tile('Resolved without a person').textContent())).toBeGreaterThanOrEqual(3);
      expect(Number(await tile('Hand-offs queued').textContent())).toBeGreaterThanOrEqual(1);
      expect(await tile('Satisfaction').textContent()).toBe('4.5 of 5');
      expect(Number(await tile('Answers marked “did not help”').textContent())).toBeGreaterThanOrEqual(1);
      expect(await supervisor.locator('.tile', { hasText: 'Satisfaction' }).textContent()).toMatch(/2 answers; 50% said it saved a call/);
      await supervisor.locator('#unanswered li', { hasText: 'bitcoin' }).waitFor(WAIT);
      // Each chart is an image with a name and a description, and its figures are in a table.
      const charts = supervisor.getByRole('img');
      expect(await charts.count()).toBe(4);
      expect(await supervisor.getByRole('img', { name: 'Conversations, and those resolved without a person' }).count()).toBe(1);
      await supervisor.getByText('Show the figures as a table').first().click();
      expect(await supervisor.getByRole('table', { name: 'Conversations, and those resolved without a person' }).getByRole('row').count()).toBe(15);
      expect(await seriousViolations(supervisor)).toEqual([]);
      // By keyboard: choose another period and show it.
      await supervisor.getByLabel('Period').focus();
      await supervisor.keyboard.press('ArrowDown');
      await supervisor.keyboard.press('Tab');
      await supervisor.keyboard.press('Enter');
      await supervisor.getByRole('status').filter({ hasText: 'Showing the last 30 days.' }).waitFor(WAIT);
      expect(await supervisor.getByRole('link', { name: /Download the figures by day/ }).getAttribute('href')).toBe('/api/console/insights.csv?days=30');
      await supervisor.screenshot({ path: '/tmp/console-insights.png', fullPage: true });
      expect(errors.filter((error) => !/401 \(Unauthorized\)/.test(error))).toEqual([]);

      const rep = await signInRep(casey);
      expect(await rep.getByRole('link', { name: 'Insights' }).count()).toBe(0);
      await rep.goto(`${server.url}/console/insights`);
      await rep.getByRole('status').filter({ hasText: 'Only supervisors can see this page.' }).waitFor(WAIT);
      expect(await rep.locator('#report').isHidden()).toBe(true);
    });
  });

  // Last: it blocks sign-ins from this address for the rest of the server's life.
  it('tells the representative to wait after too many failed sign-ins (429)', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const error = page.locator('#sign-in-error');
      let attempts = 0;
      do {
        attempts += 1;
        await signIn(page, server.url, `wrong password ${attempts}`);
        await expect.poll(() => error.textContent(), WAIT).toMatch(/Wrong username or password|Too many failed sign-ins/);
      } while (!/Too many/.test((await error.textContent()) ?? '') && attempts < 10);
      expect(await error.textContent()).toMatch(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/);
      expect(await page.getByText(`Signed in as ${REP.username}`).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
