import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, sharedChromium } from '../fixtures/chromium.js';

const ADMIN = { CONSOLE_ADMIN_USER: 'headers-admin', CONSOLE_ADMIN_PASSWORD: 'a-long-console-password-1' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: ADMIN });
});
afterAll(async () => {
  await server?.close();
});

interface BrowserElement {
  nonce?: string;
  textContent: string | null;
}

/** The few browser globals used inside the page; the project compiles without the DOM library. */
interface BrowserGlobals {
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
    querySelectorAll(selector: string): ArrayLike<BrowserElement> & Iterable<BrowserElement>;
  };
  getComputedStyle(element: BrowserElement): { overflowY: string };
  console: { error(message: string): void };
}

/** The CSP as directive → sources. */
function policy(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(header.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]));
}

const PAGES = ['/', '/console'];
const ASSETS = ['/chat.js', '/page.css', '/webchat.js', '/console/console.css', '/console/icon.svg', '/console/page/app.js', '/console/contract/collectionActions.js'];

describe('security headers', () => {
  it.each([...PAGES, ...ASSETS])('%s: nosniff and no referrer', async (path) => {
    const response = await fetch(server.url + path);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it.each(PAGES)('%s: a CSP with scripts from this origin only, no inline script, never framed', async (path) => {
    const response = await fetch(server.url + path);
    const html = await response.text();
    const csp = policy(response);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    for (const sources of csp.values()) expect(sources).not.toContain("'unsafe-inline'");
    for (const sources of csp.values()) expect(sources).not.toContain("'unsafe-eval'");
    // Every script on the page is a file from this origin.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc="\/)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });

  it('the Web Chat page admits styles by a nonce that is new on every load and also on chat.js\'s tag', async () => {
    const nonces: (string | undefined)[] = [];
    for (let load = 0; load < 2; load += 1) {
      const response = await fetch(`${server.url}/`);
      const html = await response.text();
      const styleSources = policy(response).get('style-src') ?? [];
      expect(styleSources[0]).toBe("'self'");
      expect(styleSources.slice(2)).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
      const nonce = /^'nonce-([A-Za-z0-9+/=]{20,})'$/.exec(styleSources[1] ?? '')?.[1];
      expect(nonce).toBeDefined();
      expect(html).toMatch(new RegExp(`<script src="/chat\\.js\\?v=[0-9a-f]{16}" nonce="${nonce?.replace(/[+/]/g, '\\$&')}"></script>`));
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('the Web Chat page connects to this server only when the Direct Line is embedded; to Azure (https and wss) otherwise', async () => {
    expect(policy(await fetch(`${server.url}/`)).get('connect-src')).toEqual(["'self'"]);
    const azure = await startTestServer({ env: { DIRECT_LINE_SECRET: 'an-azure-direct-line-secret' } });
    try {
      expect(policy(await fetch(`${azure.url}/`)).get('connect-src')).toEqual([
        "'self'",
        'https://directline.botframework.com',
        'wss://directline.botframework.com',
      ]);
    } finally {
      await azure.close();
    }
  });

  it('FRAME_ANCESTORS lets the named sites frame the chat page, never the console', async () => {
    const framed = await startTestServer({ env: { FRAME_ANCESTORS: "'self' https://portal.ct.gov https://*.ct.gov" } });
    try {
      const chat = await fetch(`${framed.url}/`);
      expect(policy(chat).get('frame-ancestors')).toEqual(["'self'", 'https://portal.ct.gov', 'https://*.ct.gov']);
      expect(chat.headers.get('x-frame-options')).toBeNull();
      const consolePage = await fetch(`${framed.url}/console`);
      expect(policy(consolePage).get('frame-ancestors')).toEqual(["'none'"]);
      expect(consolePage.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await framed.close();
    }
    await expect(startTestServer({ env: { FRAME_ANCESTORS: "https://ok.example; script-src 'unsafe-inline'" } })).rejects.toThrow(/FRAME_ANCESTORS/);
  });

  it('API answers (JSON, errors included) carry nosniff and a CSP that allows nothing', async () => {
    const responses = [
      await fetch(`${server.url}/health`),
      await fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
      await fetch(`${server.url}/v3/directline/conversations/x/activities`),
      await fetch(`${server.url}/api/console/me`),
      await fetch(`${server.url}/no/such/path`),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 200, 401, 401, 404]);
    for (const response of responses) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(policy(response).get('default-src')).toEqual(["'none'"]);
      expect(policy(response).get('frame-ancestors')).toEqual(["'none'"]);
    }
  });
});

describe.skipIf(!chromiumAvailable)('the pages work under their CSP (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });

  /** Opens `path`, recording every CSP violation and page error. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      const browserSide = globalThis as unknown as BrowserGlobals;
      browserSide.document.addEventListener('securitypolicyviolation', (event) =>
        browserSide.console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(server.url + path);
    return { page, problems };
  }

  it('Web Chat renders, is styled and answers without a single violation', async () => {
    const { page, problems } = await open('/');
    const sendBox = page.getByRole('textbox').first();
    await sendBox.waitFor({ timeout: 15_000 });
    await sendBox.fill('help');
    await sendBox.press('Enter');
    await page.getByText('Type your question', { exact: false }).first().waitFor({ timeout: 15_000 });
    // Web Chat's CSS-in-JS got in: its style elements carry the nonce (or are the empty one the hash admits) and apply.
    const styled = await page.evaluate(() => {
      const browserSide = globalThis as unknown as BrowserGlobals;
      const { document } = browserSide;
      const styles = [...document.querySelectorAll('style')];
      const scroller = document.querySelectorAll('.webchat__basic-transcript__scrollable')[0];
      return {
        nonced: styles.filter((style) => style.nonce).length,
        others: styles.filter((style) => !style.nonce).map((style) => style.textContent),
        scrollerOverflow: scroller ? browserSide.getComputedStyle(scroller).overflowY : 'missing',
      };
    });
    expect(styled.nonced).toBeGreaterThan(0);
    expect(styled.others.every((text) => text === '')).toBe(true);
    expect(styled.scrollerOverflow).toBe('auto');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the console page loads and signs in without a violation', async () => {
    const { page, problems } = await open('/console');
    await page.getByLabel('Username').fill(ADMIN.CONSOLE_ADMIN_USER);
    await page.getByLabel('Password').fill(ADMIN.CONSOLE_ADMIN_PASSWORD);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.getByRole('button', { name: /sign out/i }).waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
    await page.close();
  });
});
