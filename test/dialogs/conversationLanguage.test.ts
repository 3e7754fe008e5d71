import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openTestDatabase } from '../fixtures/databases.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { languageAskedFor } from '../../dialogs/conversationLanguage.js';
import { PAGE_LANGUAGE_EVENT } from '../../src/bot/languageChoice.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const text = (replies: Partial<Activity>[]) => replies.map(replyText).join('\n');
const CHANNELS = ['webchat', 'msteams', 'sms'] as const;

describe('what asks for a language', () => {
  it.each([
    ['Español', 'es'], ['ESPAÑOL', 'es'], ['espanol', 'es'], ['en español', 'es'], ['Spanish', 'es'], ['español por favor', 'es'],
    ['English', 'en'], ['ENGLISH', 'en'], ['inglés', 'en'], ['in English please', 'en'],
  ] as const)('"%s" asks for %s', (said, language) => {
    expect(languageAskedFor(said)).toBe(language);
  });

  it.each(['hablo español pero tengo una pregunta', 'is there an English version of the notice', 'menu', ''])('"%s" asks for none', (said) => {
    expect(languageAskedFor(said)).toBeUndefined();
  });
});

describe.each(CHANNELS)('the conversation\'s language on %s', (channel) => {
  it('greets in English, offering Español, and "Español" switches the menu, the help and the answers', async () => {
    const { say } = createBotHarness(db, channel);
    const greeting = text(await say('hi'));
    expect(greeting).toContain('¿Prefiere español? Escriba "Español".');
    expect(greeting).toMatch(/Español/);
    const switched = text(await say(channel === 'sms' ? 'ESPAÑOL' : 'Español'));
    expect(switched).toContain('De acuerdo, seguiré en español.');
    expect(switched).toContain('¿En qué le puedo ayudar?');
    expect(switched).toMatch(/Planes de pago/);
    if (channel === 'sms') expect(switched).toMatch(/Responda 1, 2, 3, 4, 5, 6, 7 o 8\./);
    // A short English word does not switch back once Spanish was chosen.
    const help = text(await say('help'));
    expect(help).toContain('Escriba su pregunta');
    const answer = text(await say('what is the R859 notice'));
    expect(answer).toMatch(/R859/);
    expect(answer).toContain('¿Respondió esto su pregunta?');
  });

  it('answers a first message written in Spanish in Spanish, and "English" switches back', async () => {
    const { say } = createBotHarness(db, channel);
    const first = text(await say('me llegó una carta del DRS y no sé qué hacer'));
    expect(first).toContain('Soy el asistente virtual');
    expect(first).not.toContain('I am the Connecticut');
    const back = text(await say('English'));
    expect(back).toContain('OK, I will continue in English.');
    expect(back).toContain('What can I help you with?');
  });

  it('without a choice, a plainly English question after Spanish ones is answered in English', async () => {
    const { say } = createBotHarness(db, channel);
    expect(text(await say('¿qué es el aviso R859?'))).toContain('¿Respondió esto su pregunta?');
    expect(text(await say('how do I set up a payment plan with DRS'))).toContain('Did this answer your question?');
  });
});

describe('the privacy notice', () => {
  it.each(CHANNELS)('is in the message\'s language on %s', async (channel) => {
    const { say } = createBotHarness(db, channel);
    const spanish = text(await say('mi número de seguro social es 123-45-6789, ¿me pueden ayudar con mi aviso?'));
    expect(spanish).toContain('Por su privacidad, quité de su mensaje');
    expect(spanish).not.toContain('123-45-6789');
    const english = text(await say('English'));
    expect(english).toContain('OK, I will continue in English.');
    expect(text(await say('my ssn is 123-45-6789'))).toContain('For your privacy I removed');
  });
});

describe('choosing from the menu by number', () => {
  it('on SMS, the menu\'s last number switches language', async () => {
    const { say } = createBotHarness(db, 'sms');
    await say('hi');
    const menu = text(await say('menu'));
    expect(menu).toMatch(/8\. Español/);
    expect(text(await say('8'))).toContain('De acuerdo, seguiré en español.');
    expect(text(await say('menu'))).toMatch(/8\. English/);
    expect(text(await say('8'))).toContain('OK, I will continue in English.');
  });
});

describe('Web Chat\'s own words', () => {
  it('are told the conversation\'s language only when the page shows another', async () => {
    const { adapter } = createBotHarness(db, 'webchat');
    const events = async (activity: Partial<Activity>) => {
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(0).filter((reply) => reply.type === 'event' && reply.name === PAGE_LANGUAGE_EVENT);
    };
    expect(await events({ type: 'message', text: 'hi', locale: 'en-US' })).toEqual([]);
    expect((await events({ type: 'message', text: '¿cómo pago mis impuestos?', locale: 'en-US' })).map((event) => event.value)).toEqual(['es']);
    expect(await events({ type: 'message', text: 'menu', locale: 'es-ES' })).toEqual([]);
    expect((await events({ type: 'message', text: 'English', locale: 'es-ES' })).map((event) => event.value)).toEqual(['en']);
  });

  it('a page in Spanish is greeted in Spanish', async () => {
    const { adapter } = createBotHarness(db, 'webchat');
    await adapter.receiveActivity({ type: 'conversationUpdate', locale: 'es-US', membersAdded: [{ id: 'taxpayer', name: 'Taxpayer' }, { id: adapter.conversation.bot.id, name: 'DRS' }] });
    const greeting = text(adapter.activeQueue.splice(0));
    expect(greeting).toContain('Soy el asistente virtual');
    expect(greeting).toContain('For English, type "English".');
    expect(greeting).toMatch(/Planes de pago/);
  });
});

describe('a channel locale in another language', () => {
  const replies = async (adapter: ReturnType<typeof createBotHarness>['adapter'], activity: Partial<Activity>) => {
    await adapter.receiveActivity(activity);
    return text(adapter.activeQueue.splice(0));
  };

  it.each(['fr', 'fr-FR', 'de-DE', 'ja-JP', 'zh-CN', 'pt-BR', 'nl-NL'])('%s: answers to a choice are read in the conversation\'s language', async (locale) => {
    const { adapter } = createBotHarness(db, 'webchat');
    expect(await replies(adapter, { type: 'message', text: 'talk to a person', locale })).toMatch(/one question/);
    // Read as English, a sentence that is no answer gets the question again, not some other language's reading of "2,000".
    expect(await replies(adapter, { type: 'message', text: 'I owe $2,000 due April 15, 2025', locale })).toMatch(/Please answer Yes, No or Not sure/);
    expect(await replies(adapter, { type: 'message', text: 'yes', locale })).not.toMatch(/Please answer Yes, No or Not sure/);
  });
});
