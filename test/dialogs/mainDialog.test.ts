import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { openTestDatabase } from '../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const MENU = /Notices[\s\S]*Refund offsets[\s\S]*Payment plans[\s\S]*Penalties & interest[\s\S]*Priority One[\s\S]*Talk to a person/;

/** Rows of [user says, what the replies of that turn must contain (all of them, in order)]. */
type Row = [string, RegExp[]];

async function play(rows: Row[], channelId = 'webchat') {
  const { say } = createBotHarness(db, channelId);
  for (const [userSays, expected] of rows) {
    const replies = (await say(userSays)).map(replyText).join('\n---\n');
    for (const pattern of expected) expect(replies, `after "${userSays}"`).toMatch(pattern);
  }
}

describe('main dialog', () => {
  it('greets once, with what it can help with, then shows the menu on "hi"', async () => {
    await play([
      ['hi', [/Department of Revenue Services/, /notices[\s\S]*refund offsets[\s\S]*payment plans[\s\S]*penalties and interest[\s\S]*Priority One/, /Social Security/, MENU]],
      ['hello', [/^(?![\s\S]*Department of Revenue Services)[\s\S]*What can I help you with/]],
    ]);
  });

  it('answers a first message that is not a greeting after greeting (SMS has no conversationUpdate)', async () => {
    const { say } = createBotHarness(db, 'sms');
    const replies = (await say('blorf quux')).map(replyText);
    expect(replies[0]).toMatch(/Department of Revenue Services/);
    expect(replies.at(-1)).toMatch(/^I'm not sure/);
  });

  it.each([
    ['What is the weather in Hartford?'],
    ['asdfghjkl'],
  ])('says "I\'m not sure" and offers the menu for %j', async (text) => {
    await play([
      ['hi', [MENU]],
      [text, [/^I'm not sure/m, MENU, /860-297-5962/]],
    ]);
  });

  it('opens a topic from its button, its name or its number in the menu', async () => {
    await play([
      ['hi', [MENU]],
      ['Refund offsets', [/refund offset/i]],
      ['menu', [MENU]],
      ['4', [/penalties and interest/i]],
      ['priority one', [/Priority One program/]],
    ]);
  });

  it('explains itself on "help"', async () => {
    await play([['help', [/Type your question/, /start over/, /talk to a person/, MENU]]]);
  });

  it.each(['webchat', 'sms'] as const)('answers AYUDA in Spanish on %s, goes on in Spanish, and back to English on a plainly English question', async (channel) => {
    const { say } = createBotHarness(db, channel);
    await say('hi');
    const help = (await say('Ayuda')).map(replyText).join('\n');
    expect(help).toContain('Escriba su pregunta');
    expect(help).toMatch(/inglés/);
    if (channel === 'sms') expect(help).toMatch(/Responda PARAR/);
    expect(help).not.toContain('Type your question');
    expect((await say('menu')).map(replyText).join('\n')).toContain('¿En qué le puedo ayudar?');
    const english = (await say('What is the R859 notice?')).map(replyText).join('\n');
    expect(english).toMatch(/R859/);
    expect(english).toContain('Did this answer your question?');
  });

  it('asks a long message to be shorter instead of failing', async () => {
    await play([['x '.repeat(1500), [/longer than I can read/]]]);
  });

  it('warns and redacts when a Social Security number is typed', async () => {
    const { say, adapter } = createBotHarness(db);
    await say('hi');
    const replies = (await say('my ssn is 123-45-6789')).map(replyText).join('\n');
    expect(replies).toMatch(/removed what looked like a Social Security/);
    const stored = await db.query<{ data: unknown }>('select data from bot_state');
    expect(JSON.stringify(stored.rows)).not.toContain('123-45-6789');
    expect(adapter.activeQueue).toHaveLength(0);
  });
});

describe('talk to a person', () => {
  it('points to Priority One when a COVID-affected collection action is involved', async () => {
    await play([
      ['talk to a person', [/collection action[\s\S]*COVID-19/, /Yes[\s\S]*No[\s\S]*Not sure/]],
      ['Yes', [/Priority One helps individuals and businesses/, /April 17, 2020/, /confirm with DRS/, /individual or for a business\?/]],
    ]);
  });

  it('gives the general DRS contacts otherwise', async () => {
    await play([
      ['I want to speak with a representative', [/collection action/]],
      ['no', [/860-297-5962/, /1-800-382-9463/, /drs@po\.state\.ct\.us/, /would you like a DRS representative to contact you\?/]],
    ]);
  });

  it('re-asks when the answer is not one of the choices', async () => {
    await play([
      ['talk to a person', [/collection action/]],
      ['purple', [/Please answer Yes, No or Not sure/]],
      ['no', [/860-297-5962/]],
    ]);
  });

  it('keeps its place on "help" and leaves on "start over"', async () => {
    await play([
      ['talk to a person', [/collection action/]],
      ['help', [/Type your question/, /collection action/]],
      ['start over', [/start over/i, MENU]],
      ['yes', [/^I'm not sure/m]],
    ]);
  });

  it('restarts itself on "talk to a person" inside the dialog', async () => {
    await play([
      ['talk to a person', [/collection action/]],
      ['talk to a person', [/collection action/]],
      ['yes', [/individual or for a business\?/]],
    ]);
  });
});

describe('channel rendering', () => {
  it('sends SMS users plain numbered text with no buttons or cards', async () => {
    const { say } = createBotHarness(db, 'sms');
    const replies = await say('hi');
    const menu = replies.at(-1);
    expect(menu?.suggestedActions).toBeUndefined();
    expect(menu?.attachments).toBeUndefined();
    expect(menu?.text).toMatch(/1\. Notices\n\s*2\. Refund offsets[\s\S]*7\. Talk to a person/);
    const contacts = (await say('talk to a person')) && (await say('2'));
    expect(contacts[0]?.attachments).toBeUndefined();
    expect(contacts[0]?.text).toMatch(/^Contact DRS\n[\s\S]*860-297-5962/);
    for (const reply of [...replies, ...contacts]) expect(reply.text ?? '').not.toMatch(/\*\*|\]\(/);
  });

  it('sends Teams users a card with buttons instead of suggested actions', async () => {
    const { say } = createBotHarness(db, 'msteams');
    const menu = (await say('hi')).at(-1);
    expect(menu?.suggestedActions).toBeUndefined();
    expect(menu?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });
});
