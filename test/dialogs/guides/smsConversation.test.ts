import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { optedInText, optedOutText } from '../../../src/bot/smsOptOut.js';
import type { Database } from '../../../src/db/database.js';
import { createBotHarness } from '../../fixtures/botHarness.js';
import { expectChannelRules, guideClock } from '../../fixtures/conversation.js';
import { projectEntries, projectKnowledge } from '../../fixtures/knowledge.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('a whole SMS conversation', () => {
  it('is plain text under 1,600 characters throughout, and silent after STOP, representative messages included', async () => {
    const { say, reference, continueConversation } = createBotHarness(db, 'sms', projectKnowledge, guideClock);
    const sent: Partial<Activity>[] = [];
    const turn = async (text: string) => {
      const replies = await say(text);
      sent.push(...replies);
      return replies.map((reply) => reply.text ?? '').join('\n');
    };
    expect(await turn('HELP')).toMatch(/notices, refund offsets, payment plans[\s\S]*860-297-5962[\s\S]*Reply STOP/);
    // The longest answer in the knowledge base, then MORE for its details.
    const longest = [...projectEntries].sort((a, b) => b.shortAnswer.length + b.details.length - (a.shortAnswer.length + a.details.length))[0];
    expect(await turn(longest?.questions[0] ?? '')).toContain(longest?.title);
    await turn('MORE');
    // Every guide to its end.
    for (const text of ['help me with my offset', '1', '10/01/2026', '2']) await turn(text);
    for (const text of ['I got a letter from DRS', '1', 'November 2, 2026', '3']) await turn(text);
    for (const text of ['payment plan check', '1', '2', '2', '1', '5000', '250', '12', 'December 1, 2026']) await turn(text);
    for (const text of ['penalty waiver guide', '2', '1']) await turn(text);
    for (const text of ['settle or pause', '1', '1', '2']) await turn(text);
    expect(sent.length).toBeGreaterThan(30);
    expectChannelRules('sms', sent);
    expect(sent.filter((reply) => /What to do next/.test(reply.text ?? ''))).toHaveLength(5);

    // STOP in the middle of a guide: one acknowledgement, then nothing at all.
    await turn('I got a letter from DRS');
    expect(await turn('STOP')).toBe(optedOutText);
    for (const text of ['1', 'November 2, 2026', 'help', 'hi', 'What is the R859 notice?', 'talk to a person', 'STOP']) {
      expect(await say(text), `after "${text}"`).toEqual([]);
    }
    const delivered = await continueConversation(reference, async (context) => {
      await context.sendActivity('A DRS representative has replied to your case.');
    });
    expect(delivered).toEqual([]);

    // START resumes where the conversation was.
    expect(await turn('START')).toBe(optedInText);
    expect(await turn('1')).toMatch(/date printed on the notice/);
  });
});
