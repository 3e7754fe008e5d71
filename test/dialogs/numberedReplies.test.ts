import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { Database } from '../../src/db/database.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { expectChannelRules } from '../fixtures/conversation.js';
import { projectKnowledge } from '../fixtures/knowledge.js';
import { TOLD_CASE_NUMBER, TO_CONFIRMATION } from '../fixtures/priorityOneScript.js';
import { openTestDatabase } from '../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Saturday, November 21, 2026: DRS is closed, so a case is confirmed and the assistant carries on. */
const weekend = () => new Date('2026-11-21T16:00:00Z');
/** Tuesday, November 24, 2026, 10:00 in Connecticut: a representative joins the chat. */
const open = () => new Date('2026-11-24T15:00:00Z');

const joined = (replies: Partial<Activity>[]) => replies.map(replyText).join('\n---\n');
const NUMBERED_LIST = /^Reply 1[,. ]/m;
const THANKS = /Thank you for letting me know/;
const OFFER_IN_COMPROMISE = /Offer in compromise: settling a Connecticut tax debt/;
const CALCULATORS = /Which would you like me to work out\?/;
const INSTALLMENT_QUESTION = 'Installment payment plans for Connecticut tax debt';

/** An SMS conversation that reaches the installment-plan answer by numbers, whose follow-ups list an offer in compromise sixth. */
async function smsAnswerWithFollowUps(clock: () => Date) {
  const harness = createBotHarness(db, 'sms', projectKnowledge, clock);
  await harness.say('hi');
  expect(joined(await harness.say('3'))).toMatch(/3\. Installment payment plans/);
  const answer = joined(await harness.say('3'));
  expect(answer).toMatch(/Did this answer your question\?[\s\S]*\n6\. Offer in compromise/);
  return harness;
}

/** "Talk to a person", through the Priority One intake (buttons take the same words), to its confirmation. */
async function submitPriorityOneCase(channelId: string, say: (text: string) => Promise<Partial<Activity>[]>): Promise<Partial<Activity>[]> {
  for (const [text, expected] of TO_CONFIRMATION) {
    const replies = await say(text);
    expectChannelRules(channelId, replies);
    expect(joined(replies), `after "${text}"`).toMatch(expected);
  }
  return say('Submit');
}

describe('SMS: a number picks only from the latest list', () => {
  it('reads "6" after the Priority One case confirmation (which shows no list) as text, not as a pick from an older list', async () => {
    const { say } = await smsAnswerWithFollowUps(weekend);
    const confirmation = await submitPriorityOneCase('sms', say);
    expect(joined(confirmation)).toMatch(TOLD_CASE_NUMBER);
    expect(joined(confirmation)).not.toMatch(NUMBERED_LIST);

    const six = joined(await say('6'));
    expect(six).not.toMatch(OFFER_IN_COMPROMISE);
    expect(six).not.toMatch(CALCULATORS);
    // It says there was nothing to pick from and shows the menu, from which 6 is Calculators.
    expect(six).toMatch(/There is no list to choose 6 from right now/);
    expect(six).toMatch(/6\. Calculators/);
    expect(joined(await say('6'))).toMatch(CALCULATORS);
  });

  it('reads "1" after a representative’s closing message as the rating it asks for, not as "Yes" to an answer given before the hand-off', async () => {
    const harness = await smsAnswerWithFollowUps(open);
    expect(joined(await submitPriorityOneCase('sms', harness.say))).toMatch(/A DRS representative will join this chat/);
    const [handoffCase] = (await harness.cases.list()).filter((candidate) => candidate.conversationId === harness.conversationId);
    const handoff = { caseId: handoffCase?.id ?? '', caseNumber: handoffCase?.caseNumber ?? '' };
    const closing = await harness.continueConversation(harness.reference, (context) =>
      harness.bot.fromRepresentative(context, handoff, 'Your payment plan is updated. Goodbye.', 'end'),
    );
    expect(joined(closing)).toMatch(/^Your payment plan is updated\. Goodbye\.\n---\nHow would you rate this chat\?/);

    const one = joined(await harness.say('1'));
    expect(one).not.toMatch(THANKS);
    expect(one).toMatch(/Did this chat save you a call to DRS\?/);
  });

  it('still picks by number right after a list: the menu, a topic, an answer’s follow-ups', async () => {
    const { say } = createBotHarness(db, 'sms', projectKnowledge, weekend);
    await say('hi');
    expect(joined(await say('6'))).toMatch(CALCULATORS);
    expect(joined(await say('5'))).toMatch(/What can I help you with\?/);
    expect(joined(await say('3'))).toMatch(/paying over time/);
    expect(joined(await say('3'))).toMatch(/Did this answer your question\?/);
    expect(joined(await say('1'))).toMatch(THANKS);
    // After "Thank you…" the latest list is the survey's rating: a number rates now, it is not a second "Yes".
    const rated = joined(await say('1'));
    expect(rated).not.toMatch(THANKS);
    expect(rated).toMatch(/Did this chat save you a call to DRS\?/);
  });
});

describe.each(['webchat', 'msteams'])('on %s, choices work as before', (channelId) => {
  it('picks by title and by number right after a list, and answers a question typed after the case confirmation', async () => {
    const { say } = createBotHarness(db, channelId, projectKnowledge, weekend);
    await say('hi');
    expect(joined(await say('Payment plans'))).toMatch(/paying over time/);
    expect(joined(await say(INSTALLMENT_QUESTION))).toMatch(/Did this answer your question\?/);
    expect(joined(await say('Yes'))).toMatch(THANKS);
    expect(joined(await say('menu'))).toMatch(/What can I help you with\?/);
    expect(joined(await say('6'))).toMatch(CALCULATORS);
    expect(joined(await submitPriorityOneCase(channelId, say))).toMatch(TOLD_CASE_NUMBER);
    expect(joined(await say('What is an offer in compromise?'))).toMatch(OFFER_IN_COMPROMISE);
  });
});

