import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const required = process.env.REQUIRE_BROWSER === '1';

if (!available && required) throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing (apt-get install chromium).`);
if (!available) console.info(`Browser tests skipped: ${CHROMIUM} not found (apt-get install chromium to run them).`);

describe.skipIf(!available)('the Web Chat page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the greeting, takes a typed message and shows the reply', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);

    expect(await page.locator('h1').textContent()).toBe('Tax Assistant');
    await page.getByText('virtual assistant', { exact: false }).first().waitFor({ timeout: 15_000 });

    const sendBox = page.getByRole('textbox').first();
    await sendBox.fill('talk to a person');
    await sendBox.press('Enter');
    await page.getByText('COVID-19 made hard for you to keep up with', { exact: false }).first().waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Yes' }).last().click();
    await page.getByText('860-541-7650', { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers "what is the R859 notice" with its source, formatted for Web Chat', async () => {
    const page = await browser.newPage();
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
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Chat with the DRS tax assistant' }).count()).toBe(1);
    expect(await page.locator('p.privacy[role="note"]').textContent()).toMatch(/Do not type your full Social Security number or bank account numbers/);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to the chat');
    const sendBox = page.getByRole('textbox').first();
    await sendBox.waitFor();
    expect(await sendBox.getAttribute('aria-label')).toBeTruthy();
    await page.close();
  });
});
