import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionTitles } from '../../dialogs/collectionActions.js';
import { redactionNotice } from '../../src/bot/redactInbound.js';
import { isOpen } from '../../src/handoff/businessHours.js';
import { CASE_NUMBER_PATTERN } from '../../src/handoff/caseNumber.js';
import type { CaseStatus, CaseSummary, TranscriptLine } from '../../src/handoff/caseSummary.js';
import { REDACTED_NUMBER, REDACTED_SSN } from '../../src/privacy/redact.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, webChatServerPort, webChatTab } from '../fixtures/chromium.js';
import { webChatActions } from '../fixtures/webChatPage.js';

const ADMIN = { username: 'rep-browser', password: 'console-password-2024' };
const WAIT = { timeout: 15_000 };
const { type, clickAction, waitForText } = webChatActions(WAIT);

const SSN = '123-45-6789';
const ACCOUNT = '000123456789';
/** Neither number may reach the console in any form, dashed or not. */
const SECRETS = [SSN, '123456789', ACCOUNT];

const TAXPAYER = {
  name: 'Pat Doe',
  email: 'pat.doe@example.com',
  phone: '860-555-0142',
  preferredTime: 'Tuesdays after 2 p.m.',
  description: `I lost my job in 2020 and DRS is garnishing my wages. My SSN is ${SSN} and my bank account ${ACCOUNT} may be next.`,
};

interface ListedCase {
  id: string;
  caseNumber: string;
  kind: CaseSummary['kind'];
  status: CaseStatus;
  channelId: string;
  summary: CaseSummary;
}
interface CaseDetail {
  case: ListedCase & { conversationId: string; transcript: TranscriptLine[]; queuePosition?: number };
  messages: unknown[];
}

/** The suggested-action button `name` on the latest bot message, clicked once it is there. */



describe.skipIf(!chromiumAvailable)('Priority One in Web Chat, through to the representatives’ console', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort(), env: { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('screens, takes the intake with an SSN typed, gives a case number, and the console shows the case redacted', { timeout: 90_000 }, async () => {
    const page = await webChatTab();
    let caseNumber: string;
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      await waitForText(page, 'virtual assistant');

      // Screening, by the buttons the bot offers.
      await clickAction(page, 'Talk to a person');
      await waitForText(page, 'COVID-19 made hard for you to keep up with');
      await clickAction(page, 'Yes');
      await waitForText(page, 'individual or for a business?');
      await clickAction(page, 'Individual');
      await waitForText(page, 'Which DRS collection actions apply to you now?');
      // Check boxes for every action, ticked and unticked freely, sent together with Done.
      const boxes = page.getByRole('checkbox');
      await boxes.last().waitFor(WAIT);
      expect(await boxes.count()).toBe(actionTitles.length);
      for (const title of actionTitles) await page.getByRole('checkbox', { name: title }).waitFor(WAIT);
      await page.getByRole('checkbox', { name: 'Wage execution or garnishment' }).check();
      await page.getByRole('checkbox', { name: 'Tax lien' }).check();
      await page.getByRole('checkbox', { name: 'Payment plan' }).check();
      await page.getByRole('checkbox', { name: 'Tax lien' }).uncheck();
      await page.screenshot({ path: join(tmpdir(), 'priority-one-actions.png') });
      await page.getByRole('button', { name: 'Done', exact: true }).last().click();
      await waitForText(page, 'Did COVID-19 affect your ability to keep up with it');
      await clickAction(page, 'Yes');
      await waitForText(page, 'Priority One may apply to you');
      await waitForText(page, 'Do you agree?');
      await clickAction(page, 'Yes');

      // Intake, typed.
      await waitForText(page, 'What is your name?');
      await type(page, TAXPAYER.name);
      await waitForText(page, 'What phone number or e-mail address should DRS use to reach you?');
      await type(page, `${TAXPAYER.email} or ${TAXPAYER.phone}`);
      await waitForText(page, 'When is the best time to reach you?');
      await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: 'Weekday mornings', exact: true }).waitFor(WAIT);
      await type(page, TAXPAYER.preferredTime);
      await waitForText(page, 'In a sentence or two, what is happening');
      await type(page, TAXPAYER.description);

      await waitForText(page, redactionNotice);
      // The channel's echo replaces the taxpayer's own bubble with what was stored, redacted. (Web Chat's
      // screen-reader live region briefly keeps the typed text; it is not part of the visible transcript.)
      const ownBubble = page.locator('.webchat__bubble--from-user').last();
      await expect.poll(async () => (await ownBubble.textContent()) ?? '', WAIT).toContain(`My SSN is ${REDACTED_SSN}`);
      const transcript = (await page.locator('.webchat__basic-transcript__transcript').textContent()) ?? '';
      for (const secret of SECRETS) expect(transcript).not.toContain(secret);
      const card = page.locator('.ac-adaptiveCard', { hasText: 'Your request' }).last();
      await card.waitFor(WAIT);
      const facts = (await card.textContent()) ?? '';
      for (const shown of [
        'Individual',
        'Payment plan, Wage execution or garnishment',
        'COVID-19 affected you',
        TAXPAYER.name,
        TAXPAYER.phone,
        TAXPAYER.email,
        TAXPAYER.preferredTime,
        'I lost my job in 2020',
        REDACTED_SSN,
        REDACTED_NUMBER,
      ]) {
        expect(facts, `summary card shows ${shown}`).toContain(shown);
      }
      for (const secret of SECRETS) expect(facts).not.toContain(secret);
      await waitForText(page, 'Is this right? Submit it, or choose what to change.');

      const openBefore = isOpen(new Date());
      const started = performance.now();
      await clickAction(page, 'Submit');
      const confirmation = page.getByText(/Your case number is [A-Z0-9-]+\./).last();
      await confirmation.waitFor(WAIT);
      const elapsed = performance.now() - started;
      console.info(`Submit → confirmation: ${Math.round(elapsed)} ms`);
      expect(elapsed).toBeLessThan(10_000);

      caseNumber = /Your case number is ([A-Z0-9-]+)\./.exec((await confirmation.textContent()) ?? '')?.[1] ?? '';
      expect(caseNumber).toMatch(CASE_NUMBER_PATTERN);
      expect(caseNumber).toMatch(/^P1-/);
      // Open or closed depends on the real clock; when it did not change during the submit, the text must match it.
      const open = 'A DRS representative will join this chat.';
      const closed = 'DRS is closed now';
      await waitForText(page, new RegExp(`${open}|${closed}`));
      if (openBefore === isOpen(new Date())) await waitForText(page, openBefore ? open : closed);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }

    // The console API: nothing without a session.
    expect((await get('/api/console/cases')).status).toBe(401);
    const signedIn = await fetch(`${server.url}/api/console/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(signedIn.status).toBe(204);
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^drs_console=./);

    const listResponse = await get('/api/console/cases', cookie);
    expect(listResponse.status).toBe(200);
    const listBody = await listResponse.text();
    const listed = (JSON.parse(listBody) as { cases: ListedCase[] }).cases.filter((item) => item.caseNumber === caseNumber);
    expect(listed).toHaveLength(1);
    const [item] = listed as [ListedCase];
    expect(item).toMatchObject({ kind: 'priorityOne', status: 'queued', channelId: 'webchat' });
    expect((await get(`/api/console/cases/${item.id}`)).status).toBe(401);

    const detailResponse = await get(`/api/console/cases/${item.id}`, cookie);
    expect(detailResponse.status).toBe(200);
    const detailBody = await detailResponse.text();
    const { case: found } = JSON.parse(detailBody) as CaseDetail;
    expect(found).toMatchObject({ id: item.id, caseNumber, kind: 'priorityOne', channelId: 'webchat', status: 'queued' });
    expect(found).not.toHaveProperty('conversationRef');
    const { summary } = found;
    expect(summary).toMatchObject({ kind: 'priorityOne', taxpayerType: 'individual', covidImpact: 'yes', eligible: true, preferredTime: TAXPAYER.preferredTime });
    expect([...summary.collectionActions].sort()).toEqual(['paymentPlan', 'wageGarnishment']);
    expect(summary.contact).toEqual({ name: TAXPAYER.name, email: TAXPAYER.email, phone: TAXPAYER.phone });
    expect(summary.description).toContain('I lost my job in 2020');
    expect(summary.description).toContain(REDACTED_SSN);
    expect(summary.description).toContain(REDACTED_NUMBER);
    expect(Number.isNaN(Date.parse(summary.consentAt))).toBe(false);
    expect(item.summary).toEqual(summary);

    expect(found.transcript.length).toBeGreaterThan(0);
    expect(found.transcript).toContainEqual(expect.objectContaining({ direction: 'out', text: 'You chose: Payment plan, Wage execution or garnishment.' }));
    expect(found.transcript.some((line) => line.direction === 'in' && line.text.includes(REDACTED_SSN))).toBe(true);

    for (const body of [listBody, detailBody]) {
      for (const secret of SECRETS) expect(body).not.toContain(secret);
    }
  });
});
