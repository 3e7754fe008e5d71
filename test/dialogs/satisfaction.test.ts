import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { Database } from '../../src/db/database.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { expectChannelRules } from '../fixtures/conversation.js';
import { projectKnowledge } from '../fixtures/knowledge.js';
import { openTestDatabase } from '../fixtures/databases.js';
import { TOLD_CASE_NUMBER, TO_CONFIRMATION } from '../fixtures/priorityOneScript.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.query('delete from satisfaction');
});

/** Tuesday, November 24, 2026, 10:00 in Connecticut: a representative joins the chat. */
const open = () => new Date('2026-11-24T15:00:00Z');
const joined = (replies: Partial<Activity>[]) => replies.map(replyText).join('\n---\n');
const RATING = /How would you rate this chat\?/;
const SAVED_CALL = /Did this chat save you a call to DRS\?/;
const THANKS = /Thank you\. Your answers help DRS/;
const OFFSET_QUESTION = 'How many days do I have after a Notice of Intent to Offset?';

interface Row {
  subject: string;
  case_id: string | null;
  entry_id: string | null;
  channel_id: string;
  rating: number;
  saved_call: boolean | null;
}
const storedRows = async () => (await db.query<Row>('select subject, case_id, entry_id, channel_id, rating, saved_call from satisfaction order by created_at')).rows;

/** What each channel's taxpayer types to choose a button: its title, or on SMS its number. */
const CHOOSE: Record<string, { yes: string; no: string }> = { webchat: { yes: 'Yes', no: 'No' }, msteams: { yes: 'Yes', no: 'No' }, sms: { yes: '1', no: '2' } };

describe.each(['webchat', 'msteams', 'sms'])('the satisfaction survey on %s', (channelId) => {
  const say = (harness: ReturnType<typeof createBotHarness>) => async (text: string) => {
    const replies = await harness.say(text);
    expectChannelRules(channelId, replies);
    return joined(replies);
  };

  it('follows an answer that helped: a rating, then "did this save you a call?", stored with the answer; asked once', async () => {
    const harness = createBotHarness(db, channelId, projectKnowledge, open);
    const ask = say(harness);
    await ask('hi');
    await ask(OFFSET_QUESTION);
    const thanked = await ask(CHOOSE[channelId]!.yes);
    expect(thanked).toMatch(/Thank you for letting me know/);
    expect(thanked).toMatch(RATING);
    expect(thanked).toMatch(channelId === 'sms' ? /Reply a number from 1 \(poor\) to 5 \(very good\), or SKIP/ : /1\n2\n3\n4\n5\nSkip/);
    expect(await ask('4')).toMatch(SAVED_CALL);
    expect(await ask(CHOOSE[channelId]!.yes)).toMatch(THANKS);
    expect(await storedRows()).toEqual([{ subject: 'answer', case_id: null, entry_id: 'notice-of-intent-to-offset', channel_id: channelId, rating: 4, saved_call: true }]);

    // Asked once a conversation: the next helpful answer only says thank you.
    await ask('Does DRS charge a fee for an offset?');
    const again = await ask(CHOOSE[channelId]!.yes);
    expect(again).toMatch(/Thank you for letting me know/);
    expect(again).not.toMatch(RATING);
  });

  it('never blocks: a question instead of a rating is answered, nothing is stored; Skip stores nothing', async () => {
    const harness = createBotHarness(db, channelId, projectKnowledge, open);
    const ask = say(harness);
    await ask('hi');
    await ask(OFFSET_QUESTION);
    expect(await ask(CHOOSE[channelId]!.yes)).toMatch(RATING);
    const answered = await ask('What is the R859 notice?');
    expect(answered).toMatch(/The R859 notice \(private collection referral\)/);
    expect(answered).not.toMatch(SAVED_CALL);

    const other = createBotHarness(db, channelId, projectKnowledge, open);
    const otherAsk = say(other);
    await otherAsk('hi');
    await otherAsk(OFFSET_QUESTION);
    expect(await otherAsk(CHOOSE[channelId]!.yes)).toMatch(RATING);
    expect(await otherAsk('skip')).toMatch(/No problem/);
    expect(await storedRows()).toEqual([]);
  });

  it('follows a case a representative closed, stored with the case; the rating is kept when the second question is left', async () => {
    const harness = createBotHarness(db, channelId, projectKnowledge, open);
    const ask = say(harness);
    await ask('hi');
    for (const [text, expected] of TO_CONFIRMATION) expect(await ask(text), `after "${text}"`).toMatch(expected);
    expect(await ask('Submit')).toMatch(TOLD_CASE_NUMBER);
    const [handoffCase] = (await harness.cases.list()).filter((candidate) => candidate.conversationId === harness.conversationId);
    const handoff = { caseId: handoffCase?.id ?? '', caseNumber: handoffCase?.caseNumber ?? '' };
    const closing = joined(await harness.continueConversation(harness.reference, (context) => harness.bot.fromRepresentative(context, handoff, 'Your levy is released. Goodbye.', 'end')));
    expect(closing).toMatch(/Your levy is released\. Goodbye\.[\s\S]*How would you rate this chat\?/);
    expect(await ask('2 stars')).toMatch(SAVED_CALL);
    expect(await ask('menu')).toMatch(/What can I help you with\?/);
    expect(await storedRows()).toEqual([{ subject: 'case', case_id: handoff.caseId, entry_id: null, channel_id: channelId, rating: 2, saved_call: null }]);
  });
});
