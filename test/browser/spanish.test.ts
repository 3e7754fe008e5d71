import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, webChatServerPort, webChatTab } from '../fixtures/chromium.js';

describe.skipIf(!chromiumAvailable)('the Web Chat page in Spanish', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort() });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('starts in Spanish in a Spanish browser, follows "English" (Web Chat\'s own words too) and keeps it on a reload', async () => {
    const page = await webChatTab();
    // A browser set to Spanish: what the page reads to choose the conversation's language.
    await page.addInitScript(() => {
      const { navigator } = globalThis as unknown as { navigator: object };
      Object.defineProperty(Object.getPrototypeOf(navigator), 'language', { get: () => 'es-US' });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Nothing the page asks for is missing (an icon it did not link was a 404 on every load).
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);

    await page.getByText('Soy el asistente virtual', { exact: false }).first().waitFor({ timeout: 15_000 });
    const sendBox = page.getByRole('textbox').first();
    expect(await sendBox.getAttribute('placeholder')).toBe('Escriba su pregunta');
    expect(await page.locator('#chat').getAttribute('lang')).toBe('es');
    // The page around the chat too: its language, heading and the note not to type full numbers.
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Asistente de impuestos del DRS de Connecticut');
    expect(await page.locator('p.privacy[role="note"]').textContent()).toMatch(/No escriba su número de Seguro Social completo ni números de cuentas de banco\.\s+El asistente nunca los necesita\./);
    expect(await page.getByRole('button', { name: 'Empezar otra conversación' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Planes de pago' }).first().waitFor();
    // Web Chat's own words: the time under a message.
    await page.getByText('Ahora mismo').first().waitFor({ timeout: 5_000 });

    await page.getByRole('button', { name: 'English' }).last().click();
    await page.getByText('OK, I will continue in English.').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Payment plans' }).last().waitFor();
    await expect.poll(() => sendBox.getAttribute('placeholder')).toBe('Type your question');
    expect(await page.locator('#chat').getAttribute('lang')).toBe('en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('p.privacy[role="note"]').textContent()).toMatch(/Do not type your full Social Security number or bank account numbers\./);
    // The taxpayer's avatar says who wrote, in the conversation's language too.
    await expect.poll(() => page.locator('.webchat__initialsAvatar--fromUser .webchat__initialsAvatar__initials').last().textContent()).toBe('You');

    await page.reload();
    await page.getByText('OK, I will continue in English.').first().waitFor({ timeout: 15_000 });
    expect(await page.getByRole('textbox').first().getAttribute('placeholder')).toBe('Type your question');
    expect(await page.getByRole('button', { name: 'Start a new conversation' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
