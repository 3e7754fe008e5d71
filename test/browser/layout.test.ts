import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { WCAG_21_A_AA, chromiumAvailable, seriousViolations, webChatServerPort, webChatTab } from '../fixtures/chromium.js';
import { SEND_BOX_NAME } from '../fixtures/webChatPage.js';

const WCAG_22_A_AA = [...WCAG_21_A_AA, 'wcag22aa'];

/** Ten knowledge-base questions on different topics; every answer ends with its source. */
const QUESTIONS = [
  'what is the interest rate on unpaid tax',
  'how do I set up a payment plan',
  'what is the R859 notice',
  'what is the Treasury Offset Program?',
  'DRS froze my bank account',
  'Can Connecticut put a lien on my property for unpaid taxes?',
  'Can I settle my Connecticut tax debt for less than I owe?',
  'Is this DRS letter real or a scam?',
  'How do I pay DRS online?',
  'My paycheck is being garnished by the state',
];

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** The few browser globals read inside the page; the project compiles without the DOM library. */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}
interface PageElement {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelector(selector: string): PageElement | null;
}
interface PageGlobals {
  innerWidth: number;
  innerHeight: number;
  scrollY: number;
  document: {
    documentElement: { scrollHeight: number };
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
}

interface Layout {
  viewport: { width: number; height: number };
  scrollY: number;
  documentHeight: number;
  sendBox: Box | null;
  transcript: Box | null;
  /** The last activity from the bot, and how many answers (with a source) the transcript holds. */
  newestReply: Box | null;
  answers: number;
  /** Every visible button in the chat pane: its name and size. */
  buttons: { name: string; width: number; height: number }[];
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as PageGlobals;
    const { document } = browser;
    const box = (element: PageElement | null | undefined): Box | null => {
      if (!element) return null;
      const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
      return { top, bottom, left, right, width, height };
    };
    const activities = Array.from(document.querySelectorAll('#chat .webchat__basic-transcript__activity'));
    const fromBot = activities.filter((activity) => !activity.querySelector('.webchat__stacked-layout--from-user'));
    return {
      viewport: { width: browser.innerWidth, height: browser.innerHeight },
      scrollY: browser.scrollY,
      documentHeight: document.documentElement.scrollHeight,
      sendBox: box(document.querySelector('#chat textarea')),
      transcript: box(document.querySelector('#chat .webchat__basic-transcript__scrollable')),
      newestReply: box(fromBot[fromBot.length - 1]),
      answers: fromBot.filter((activity) => /Source:/.test(activity.textContent ?? '')).length,
      buttons: Array.from(document.querySelectorAll('#chat button'))
        .map((button) => ({ name: button.getAttribute('aria-label') ?? button.getAttribute('title') ?? (button.textContent ?? '').trim(), ...box(button)! }))
        .filter((button) => button.width > 0 && button.height > 0)
        .map(({ name, width, height }) => ({ name, width, height })),
    };
  });
}

const inside = (inner: Box, outer: { top: number; bottom: number; left: number; right: number }) =>
  inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;

describe.skipIf(!chromiumAvailable)('the Web Chat page layout in Chromium', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort() });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(SIZES)('at $width×$height keeps the send box and the newest answer in view through ten answers, with large enough buttons and no serious axe findings', async (size) => {
    const page = await webChatTab(size);
    try {
      await page.goto(server.url);
      const suggestedActions = page.getByRole('toolbar', { name: 'Suggested actions' });
      await suggestedActions.getByRole('button', { name: 'Talk to a person' }).waitFor({ timeout: 15_000 });

      const first = await layout(page);
      const viewport = { top: 0, left: 0, bottom: first.viewport.height, right: first.viewport.width };
      expect(first.sendBox, 'send box on first load').not.toBeNull();
      expect(inside(first.sendBox!, viewport), `send box on first load at ${JSON.stringify(first.sendBox)}`).toBe(true);
      expect(first.documentHeight, 'the page fits the window').toBeLessThanOrEqual(first.viewport.height);
      const privacy = (await page.locator('.privacy').boundingBox())!;
      expect(inside({ top: privacy.y, bottom: privacy.y + privacy.height, left: privacy.x, right: privacy.x + privacy.width, width: privacy.width, height: privacy.height }, viewport), 'privacy note in view').toBe(true);
      expect(await seriousViolations(page, WCAG_22_A_AA), 'greeting and menu').toEqual([]);

      const sendBox = page.getByRole('textbox', { name: SEND_BOX_NAME });
      for (const [index, question] of QUESTIONS.entries()) {
        await sendBox.fill(question);
        await sendBox.press('Enter');
        await page.waitForFunction(
          (count) => Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('#chat .webchat__basic-transcript__activity')).filter((activity) => /Source:/.test(activity.textContent ?? '')).length >= count,
          index + 1,
          { timeout: 15_000 },
        );
      }
      // Web Chat scrolls its transcript to the newest activity with a short animation.
      await page.waitForTimeout(1_000);
      await page.screenshot({ path: `/tmp/layout-${size.width}.png` });

      const after = await layout(page);
      expect(after.answers).toBe(QUESTIONS.length);
      expect(after.scrollY, 'the document has not scrolled').toBe(0);
      expect(after.documentHeight, 'the page still fits the window').toBeLessThanOrEqual(after.viewport.height);
      expect(inside(after.sendBox!, viewport), `send box after ten answers at ${JSON.stringify(after.sendBox)}`).toBe(true);
      expect(inside(after.transcript!, viewport), 'transcript pane in view').toBe(true);
      const reply = after.newestReply!;
      expect(reply.bottom, 'the newest answer ends inside the transcript pane').toBeLessThanOrEqual(after.transcript!.bottom + 1);
      expect(reply.bottom).toBeGreaterThan(after.transcript!.top);
      expect(inside(reply, viewport) || reply.height > after.transcript!.height, `newest answer in view at ${JSON.stringify(reply)}`).toBe(true);

      for (const button of after.buttons) {
        expect(button.width, `${button.name} width`).toBeGreaterThanOrEqual(24);
        expect(button.height, `${button.name} height`).toBeGreaterThanOrEqual(24);
      }
      expect(after.buttons.map((button) => button.name), JSON.stringify(after.buttons)).toContain('Send');
      // Every suggested action shows its whole title (a long one wraps rather than ending in "…").
      const cut = await page.evaluate(() =>
        Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('#chat .webchat__suggested-action__text'))
          .filter((text) => text.scrollWidth > text.clientWidth + 1)
          .map((text) => text.textContent),
      );
      expect(cut, 'suggested actions cut short').toEqual([]);
      expect(await seriousViolations(page, WCAG_22_A_AA), 'after ten answers').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
