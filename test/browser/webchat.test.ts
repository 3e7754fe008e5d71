import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, seriousViolations, webChatServerPort, webChatTab } from '../fixtures/chromium.js';
import { SEND_BOX_NAME } from '../fixtures/webChatPage.js';

/** What the test reads of an `<ol>` in the page (the project compiles without the DOM library). */
interface OrderedList {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<unknown>;
}


/** The few browser globals read inside the page; the project compiles without the DOM library. */
interface PageElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
}
interface PageGlobals {
  document: { activeElement: PageElement | null };
  getComputedStyle(element: PageElement): { outlineStyle: string; outlineWidth: string; boxShadow: string; borderTopStyle: string; borderTopWidth: string };
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: { childList: boolean; subtree: boolean; characterData: boolean }): void };
  /** What the transcript's live region has said so far, collected by the keyboard test. */
  heard?: string[];
}

interface Focus {
  tag: string;
  name: string;
  inSuggestedActions: boolean;
  /** Drawn as an outline or box shadow on the element, or by Web Chat's keyboard focus indicator inside it. */
  visible: boolean;
  drawnAs: string;
}

/** What has keyboard focus and whether the user can see it. */
async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as PageGlobals;
    const active = browser.document.activeElement;
    if (!active) return { tag: '', name: '', inSuggestedActions: false, visible: false, drawnAs: 'nothing focused' };
    const style = browser.getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const indicator = active.querySelector('[class*="keyboard-focus-indicator"]');
    const indicatorStyle = indicator ? browser.getComputedStyle(indicator) : undefined;
    const indicated = !!indicatorStyle && indicatorStyle.borderTopStyle !== 'none' && parseFloat(indicatorStyle.borderTopWidth) > 0;
    return {
      tag: active.tagName.toLowerCase(),
      name: active.getAttribute('aria-label') ?? (active.textContent ?? '').trim().slice(0, 60),
      inSuggestedActions: !!active.closest('[role="toolbar"]'),
      visible: outline || shadow || indicated,
      drawnAs: `outline ${style.outlineStyle} ${style.outlineWidth}; box-shadow ${style.boxShadow}; indicator ${indicatorStyle ? `${indicatorStyle.borderTopStyle} ${indicatorStyle.borderTopWidth}` : 'none'}`,
    };
  });
}

/** Presses `key` until focus satisfies `reached`, failing with the focus path taken if it never does. */
async function pressUntil(page: Page, key: 'Tab' | 'Shift+Tab', reached: (focus: Focus) => boolean, limit = 20): Promise<Focus> {
  const path: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    const focus = await focused(page);
    if (reached(focus)) return focus;
    path.push(`${focus.tag} "${focus.name}"`);
  }
  throw new Error(`${key} ×${limit} never got there; focus went: ${path.join(' → ')}`);
}

describe.skipIf(!chromiumAvailable)('the Web Chat page in Chromium', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort() });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the greeting, takes a typed message and shows the reply', async () => {
    const page = await webChatTab();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);

    expect(await page.locator('h1').textContent()).toBe('Connecticut DRS Tax Assistant');
    await page.getByText('virtual assistant', { exact: false }).first().waitFor({ timeout: 15_000 });

    const sendBox = page.getByRole('textbox').first();
    await sendBox.fill('talk to a person');
    await sendBox.press('Enter');
    await page.getByText('COVID-19 made hard for you to keep up with', { exact: false }).first().waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Yes' }).last().click();
    await page.getByText('individual or for a business', { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers "what is the R859 notice" with its source, formatted for Web Chat', async () => {
    const page = await webChatTab();
    await page.goto(server.url);
    const sendBox = page.getByRole('textbox').first();
    await sendBox.waitFor();
    await sendBox.fill('what is the R859 notice');
    await sendBox.press('Enter');
    await page.getByText('Source: Connecticut balance due notice guide', { exact: false }).first().waitFor({ timeout: 15_000 });
    const answer = page.locator('strong', { hasText: 'The R859 notice (private collection referral)' }).first();
    await answer.waitFor();
    expect(await page.getByText('private collection agency', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Yes' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('is usable by keyboard and screen readers: language, landmarks, labels, skip link', async () => {
    const page = await webChatTab();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.title()).toMatch(/Connecticut DRS Tax Assistant/);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('main').getByRole('region', { name: 'Chat with the DRS tax assistant' }).count()).toBe(1);
    expect(await page.getByRole('main').getByRole('heading', { level: 1, name: 'Connecticut DRS Tax Assistant' }).isVisible()).toBe(true);
    const note = await page.locator('h1 ~ p.privacy[role="note"]').textContent();
    expect(note).toMatch(/general information, not tax advice/);
    expect(note).toMatch(/Do not type your full Social Security number or bank account numbers/);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to the chat');
    const sendBox = page.getByRole('textbox').first();
    await sendBox.waitFor();
    expect(await sendBox.getAttribute('aria-label')).toBe(SEND_BOX_NAME);
    await page.close();
  });

  it('has no serious or critical axe-core WCAG 2.1 AA violations, with the menu, a question with buttons, and cards', async () => {
    const page = await webChatTab();
    try {
      await page.goto(server.url);
      const suggestedActions = page.getByRole('toolbar', { name: 'Suggested actions' });
      await page.getByText('virtual assistant', { exact: false }).first().waitFor({ timeout: 15_000 });
      await suggestedActions.getByRole('button', { name: 'Talk to a person' }).waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page), 'greeting and menu').toEqual([]);

      const sendBox = page.getByRole('textbox', { name: SEND_BOX_NAME });
      await sendBox.fill('talk to a person');
      await sendBox.press('Enter');
      await page.getByText('COVID-19 made hard for you to keep up with', { exact: false }).first().waitFor({ timeout: 15_000 });
      await suggestedActions.getByRole('button', { name: 'Not sure' }).waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page), 'question with Yes / No / Not sure').toEqual([]);

      await suggestedActions.getByRole('button', { name: 'No', exact: true }).click();
      await page.getByText('860-297-5962', { exact: false }).first().waitFor({ timeout: 15_000 });
      await page.getByText('would you like a DRS representative to contact you', { exact: false }).first().waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page), 'hero card').toEqual([]);
      await suggestedActions.getByRole('button', { name: 'No', exact: true }).click();

      await sendBox.fill('when is my deadline for an R859 notice dated May 5, 2026?');
      await sendBox.press('Enter');
      await page.locator('.ac-adaptiveCard .ac-factset', { hasText: 'Last day' }).first().waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page), 'Adaptive Card with facts').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('walks notice triage from the menu to the deadline and the next steps', async () => {
    const page = await webChatTab();
    try {
      await page.goto(server.url);
      const suggestedActions = page.getByRole('toolbar', { name: 'Suggested actions' });
      const click = async (name: string) => {
        const button = suggestedActions.getByRole('button', { name, exact: true });
        await button.waitFor({ timeout: 15_000 });
        await button.click();
      };
      await click('Notices');
      await click('Help with my letter');
      await page.getByText('Which notice did you get?').last().waitFor({ timeout: 15_000 });
      await click('Balance due notice');
      await page.getByText('What is the date printed on the notice?', { exact: false }).last().waitFor({ timeout: 15_000 });
      const sendBox = page.getByRole('textbox', { name: SEND_BOX_NAME });
      await sendBox.fill('November 2, 2026');
      await sendBox.press('Enter');

      const deadline = page.locator('.ac-adaptiveCard', { hasText: 'Your deadline: Thursday, December 31, 2026' }).first();
      await deadline.waitFor({ timeout: 15_000 });
      expect(await deadline.textContent()).toMatch(/Last day.*Friday, January 1, 2027.*Still timely until.*Monday, January 4, 2027/s);

      await click('I disagree');
      const nextSteps = page.locator('.ac-adaptiveCard', { hasText: 'What to do next: protest in writing' }).first();
      await nextSteps.waitFor({ timeout: 15_000 });
      const steps = await nextSteps.textContent();
      expect(steps).toMatch(/written protest to the DRS Appellate Division.*By Thursday, December 31, 2026\./s);
      expect(steps).toMatch(/under protest/);
      // Shown as one numbered list (1., 2., …), not as lists of one item each numbered "1.".
      const lists = await nextSteps
        .locator('ol')
        .evaluateAll((found) => (found as unknown as OrderedList[]).map((list) => ({ start: list.getAttribute('start'), items: list.querySelectorAll('li').length })));
      expect(lists).toEqual([{ start: null, items: expect.any(Number) }]);
      expect(lists[0]?.items).toBeGreaterThan(1);
      await nextSteps.screenshot({ path: '/tmp/webchat-next-steps.png' });
      await suggestedActions.getByRole('button', { name: 'Talk to a person' }).waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page), 'guide summary').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works with the keyboard alone, shows where focus is, and announces replies in a live chat log', async () => {
    const page = await webChatTab();
    try {
      await page.goto(server.url);
      const transcript = page.getByRole('group', { name: /^Chat history/ });
      const suggestedActions = page.getByRole('toolbar', { name: 'Suggested actions' });
      await page.getByText('virtual assistant', { exact: false }).first().waitFor({ timeout: 15_000 });
      await suggestedActions.getByRole('button').first().waitFor({ timeout: 15_000 });

      // Screen readers: the transcript is a named group holding a polite live log that speaks each new message.
      const log = transcript.locator('[role="log"][aria-live="polite"]');
      expect(await log.count()).toBe(1);
      expect(await log.getAttribute('aria-roledescription')).toBe('chat history');
      await log.evaluate((element) => {
        const browser = globalThis as unknown as PageGlobals;
        const region = element as unknown as PageElement;
        const heard: string[] = (browser.heard = []);
        new browser.MutationObserver(() => {
          if (region.textContent) heard.push(region.textContent);
        }).observe(region, { childList: true, subtree: true, characterData: true });
      });

      const sendBoxFocus = await pressUntil(page, 'Tab', (focus) => focus.name === SEND_BOX_NAME);
      expect(sendBoxFocus.tag).toBe('textarea');
      expect(sendBoxFocus.visible, sendBoxFocus.drawnAs).toBe(true);
      expect(await page.locator('textarea:focus-visible').count()).toBe(1);

      await page.keyboard.type('hi');
      await page.keyboard.press('Enter');
      const menuPrompt = page.getByText('What can I help you with? Choose a topic or type your question.');
      await menuPrompt.nth(1).waitFor({ timeout: 15_000 });
      const notices = suggestedActions.getByRole('button', { name: 'Notices' });
      await notices.waitFor({ timeout: 15_000 });
      expect(await page.getByRole('textbox', { name: SEND_BOX_NAME }).inputValue()).toBe('');
      await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).heard ?? []).some((text) => text.includes('What can I help you with?')), undefined, {
        timeout: 5_000,
      });
      const heard = (await page.evaluate(() => (globalThis as unknown as PageGlobals).heard ?? [])).join('\n');
      expect(heard).toMatch(/You said:\s*hi/);
      expect(heard).toMatch(/said:\s*What can I help you with\?/);

      const actionFocus = await pressUntil(page, 'Shift+Tab', (focus) => focus.inSuggestedActions, 5);
      expect(actionFocus.tag).toBe('button');
      expect(actionFocus.name).toBe('Notices');
      expect(actionFocus.visible, actionFocus.drawnAs).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText('What would you like to know about your notice?').first().waitFor({ timeout: 15_000 });
    } finally {
      await page.close();
    }
  });
});
