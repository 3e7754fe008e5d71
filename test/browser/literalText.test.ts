import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, webChatServerPort, webChatTab } from '../fixtures/chromium.js';
import { webChatActions } from '../fixtures/webChatPage.js';

const REP = { username: 'rep-literal', password: 'console-password-2024' };
const WAIT = { timeout: 15_000 };
const { type, clickAction, waitForText } = webChatActions(WAIT);

const LINK = '[click me](https://evil.example)';
/** Markdown, HTML, an entity and what the typographer would change: all must show as typed. */
const NAME = `Pat **bold** <b>x</b> ${LINK}`;
const DESCRIPTION = `1. My bank was levied ${LINK} **bold** <b>x</b> _it_ (c) -- "quoted" &amp; {aria-label=x}`;
const REP_TEXT = '[Pay here](https://evil.example) **now** <img src=x onerror=alert(1)>';




/** Nothing the taxpayer or the representative typed became a link, bold text or an image. */
async function expectNothingRendered(transcript: Locator): Promise<void> {
  expect(await transcript.locator('a[href*="evil.example"]').count(), 'links to evil.example').toBe(0);
  expect(await transcript.locator('strong, b', { hasText: /^(bold|x|now)$/ }).count(), 'bold from typed text').toBe(0);
  expect(await transcript.locator('em, i', { hasText: /^it$/ }).count(), 'italics from typed text').toBe(0);
  expect(await transcript.locator('img').count(), 'images').toBe(0);
  expect(await transcript.locator('ol, h1').count(), 'lists or headings').toBe(0);
}

describe.skipIf(!chromiumAvailable)('taxpayers’ and representatives’ words in Web Chat are shown literally', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort(), env: { CONSOLE_ADMIN_USER: REP.username, CONSOLE_ADMIN_PASSWORD: REP.password } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the summary card and a representative’s message as typed: no links, no formatting, no HTML', { timeout: 120_000 }, async () => {
    const page = await webChatTab({ width: 1000, height: 900 });
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(server.url);
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
      await type(page, NAME);
      await waitForText(page, 'What phone number or e-mail address should DRS use to reach you?');
      await type(page, 'pat@example.com');
      await waitForText(page, 'When is the best time to reach you?');
      await clickAction(page, 'Weekday mornings');
      await waitForText(page, 'In a sentence or two, what is happening');
      await type(page, DESCRIPTION);
      await waitForText(page, 'Is this right? Submit it, or choose what to change.');

      const transcript = page.locator('.webchat__basic-transcript');
      const card = page.locator('.ac-adaptiveCard', { hasText: 'Your request' }).last();
      await card.waitFor(WAIT);
      await card.screenshot({ path: '/tmp/literal-card.png' });
      const facts = (await card.textContent()) ?? '';
      for (const typed of [NAME, DESCRIPTION, 'pat@example.com']) expect(facts, `summary card shows ${typed}`).toContain(typed);
      expect(await card.locator('a').count(), 'links in the summary card').toBe(0);
      await expectNothingRendered(transcript);

      await clickAction(page, 'Submit');
      const confirmation = page.getByText(/Your case number is [A-Z0-9-]+\./).last();
      await confirmation.waitFor(WAIT);
      const caseNumber = /Your case number is ([A-Z0-9-]+)\./.exec((await confirmation.textContent()) ?? '')?.[1] ?? '';
      expect(caseNumber).toMatch(/^P1-/);

      const representative = await ConsoleClient.signIn(server.url, REP.username, REP.password);
      const { body: listed } = await representative.call<{ cases: { id: string; caseNumber: string }[] }>('GET', '/cases');
      const id = listed.cases.find((item) => item.caseNumber === caseNumber)?.id ?? '';
      expect(id).not.toBe('');
      expect((await representative.call('POST', `/cases/${id}/claim`)).status).toBe(200);
      await waitForText(page, 'A DRS representative has joined the chat');
      const sent = await representative.call<{ message: { delivery: string } }>('POST', `/cases/${id}/messages`, { text: REP_TEXT });
      expect(sent.status).toBe(201);

      const shown = page.locator('.webchat__bubble__content').getByText(`DRS representative: ${REP_TEXT}`, { exact: true });
      await shown.waitFor(WAIT);
      await shown.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/literal-representative.png' });
      expect(await page.locator('.webchat__bubble', { hasText: REP_TEXT }).locator('a, strong, img').count()).toBe(0);
      await expectNothingRendered(transcript);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
