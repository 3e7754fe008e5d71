import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { CHANNELS, OFFERS_PERSON, guideClock, pick, playConversation } from '../../fixtures/conversation.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const WHICH = /Which notice did you get\?/;
const MENU = /What can I help you with\?/;

describe.each(CHANNELS)('inside a guide on %s', (channelId) => {
  it('asks again, with the choices, when the answer is not one of them; and re-asks a date it cannot read', async () => {
    await playConversation(db, channelId, [
      ['I got a letter from DRS', WHICH],
      ['purple', /Please choose the notice that matches your letter[\s\S]*Balance due notice[\s\S]*Not sure/],
      [pick('R859 notice', 2), /date printed/],
      ['sometime last week', /Please enter a date like April 15, 2025/],
      ['November 16, 2026', /Act by: Wednesday, November 25, 2026/],
    ]);
  });

  it('explains on "help" and repeats the question', async () => {
    await playConversation(db, channelId, [
      ['payment plan check', /Have you filed all/],
      ['help', [channelId === 'sms' ? /860-297-5962[\s\S]*Reply STOP/ : /start over/, /Have you filed all your Connecticut tax returns/]],
      [pick('Yes', 1), /active bankruptcy/],
    ]);
  });

  it('leaves the guide for "talk to a person" and for "menu"', async () => {
    await playConversation(db, channelId, [
      ['I got a letter from DRS', WHICH],
      ['talk to a person', /collection action[\s\S]*COVID-19/],
    ]);
    await playConversation(db, channelId, [
      ['help me with my offset', /What best describes your situation\?/],
      ['menu', MENU],
      [pick('Notices', 1), /Help with my letter/],
    ]);
  });

  it('offers a person at the end: the person, the menu, or nothing more', async () => {
    const GARNISHMENT_FMS = [
      ['I got a letter from DRS', WHICH],
      [pick('Garnishment or levy', 4), /What would you like to do\?/],
      [pick('Offset paid it', 4), OFFERS_PERSON],
    ] as const;
    await playConversation(db, channelId, [...GARNISHMENT_FMS, [pick('Talk to a person', 1), /collection action[\s\S]*COVID-19/]]);
    await playConversation(db, channelId, [...GARNISHMENT_FMS, [pick('Main menu', 2), MENU]]);
    await playConversation(db, channelId, [...GARNISHMENT_FMS, ['no', /You are welcome\. Ask another question any time/]]);
  });
});

describe('channel rendering of a guide', () => {
  it('shows choices as suggested actions on Web Chat, a card with buttons on Teams, and a numbered list on SMS', async () => {
    const [webchat] = (await playConversation(db, 'webchat', [['I got a letter', WHICH]])).slice(-1);
    expect(webchat?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Balance due notice', 'R859 notice', 'Intent to Offset', 'Garnishment or levy', 'Not sure']);
    const [teams] = (await playConversation(db, 'msteams', [['I got a letter', WHICH]])).slice(-1);
    expect(teams?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    const [sms] = (await playConversation(db, 'sms', [['I got a letter', WHICH]])).slice(-1);
    expect(sms?.text).toMatch(/^Which notice did you get\?\n\n1\. Balance due notice\n2\. R859 notice\n3\. Intent to Offset\n4\. Garnishment or levy\n5\. Not sure\n\nReply 1, 2, 3, 4 or 5\.$/);
  });

  it('ends with an Adaptive Card on Web Chat and Teams and plain numbered steps on SMS', async () => {
    const rows = [
      ['help me with my offset', /situation/],
      [pick('Bankruptcy', 3), /Bankruptcy Unit/],
    ] as const;
    for (const channelId of ['webchat', 'msteams'] as const) {
      const replies = await playConversation(db, channelId, rows);
      const summary = replies.find((reply) => replyText(reply).startsWith('What to do next'));
      expect(summary?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    }
    const sms = await playConversation(db, 'sms', rows);
    expect(sms.map((reply) => reply.text).join('\n')).toMatch(/What to do next: tell the Bankruptcy Unit\n\n1\. Call the DRS Bankruptcy Unit at 860-297-5921[^\n]*\n\n2\. Keep filing your tax returns\.\n\nSource: /);
  });

  it('reads an SMS reply by its number or by its words', async () => {
    await playConversation(db, 'sms', [
      ['I got a letter from DRS', WHICH],
      ['r859', /date printed/],
    ]);
    await playConversation(db, 'sms', [
      ['I got a letter from DRS', WHICH],
      ['2', /date printed/],
      ['11/16/2026', /What would you like to do\?/],
      ['the first one', /What to do next: pay in full/],
    ]);
  });
});

describe('Teams', () => {
  it('welcomes a user who installs the app in personal scope, with the menu as a card', async () => {
    const { adapter } = createBotHarness(db, 'msteams', projectKnowledge, guideClock);
    await adapter.receiveActivity({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    const replies = adapter.activeQueue.splice(0);
    expect(replies.map(replyText).join('\n')).toMatch(/Department of Revenue Services[\s\S]*What can I help you with\?/);
    expect(replies.at(-1)?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it('does not welcome twice when Teams also sends installationUpdate', async () => {
    const { adapter } = createBotHarness(db, 'msteams', projectKnowledge, guideClock);
    await adapter.receiveActivity({ type: 'installationUpdate', action: 'add' });
    expect(adapter.activeQueue.splice(0).map(replyText).join('\n')).toMatch(/Department of Revenue Services/);
    await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(adapter.activeQueue.splice(0)).toHaveLength(0);
  });
});
