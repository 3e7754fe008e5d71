import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { CALLBACK_TEXT, WITHDRAWN_RESOLUTION } from '../../../src/handoff/relay.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { expectChannelRules } from '../../fixtures/conversation.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';
import { openTestDatabase } from '../../fixtures/databases.js';
import { TO_CONFIRMATION } from '../../fixtures/priorityOneIntake.js';

/** Tuesday, November 24, 2026, 10:00 in Connecticut: open. */
const OPEN = new Date('2026-11-24T15:00:00Z');
/** Tuesday, November 24, 2026, 4:25 p.m. in Connecticut, five minutes before closing, and 4:40 p.m. */
const BEFORE_CLOSING = new Date('2026-11-24T21:25:00Z');
const AFTER_CLOSING = new Date('2026-11-24T21:40:00Z');
const minutesBefore = (minutes: number) => new Date(OPEN.getTime() - minutes * 60_000).toISOString();

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  // Earlier today representatives took a case every 20 minutes.
  for (const [index, claimedMinutesAgo] of [60, 40, 20].entries()) {
    await db.query(
      `insert into handoff_cases (id, case_number, submission_key, kind, status, channel_id, conversation_id, conversation_ref, summary, transcript, created_at, claimed_by, claimed_at, closed_at)
       values ($1, $2, $3, 'priorityOne', 'closed', 'webchat', $4, '{}', '{}', '[]', $5, 'sam', $6, $6)`,
      [randomUUID(), `P1-EARLY${index}`, randomUUID(), `earlier-${index}`, minutesBefore(claimedMinutesAgo + 5), minutesBefore(claimedMinutesAgo)],
    );
  }
});
afterAll(async () => {
  await db.close();
});

/** A taxpayer on `channelId` who submits a Priority One case at `now`; the replies to Submit are returned as text. */
async function queued(channelId: string, at: Date) {
  const clock = { now: at };
  const harness = createBotHarness(db, channelId, projectKnowledge, () => clock.now);
  for (const [text] of TO_CONFIRMATION) await harness.say(text);
  const ask = async (text: string) => {
    const replies = await harness.say(text);
    expectChannelRules(channelId, replies);
    return replies.map(replyText).join('\n');
  };
  const submitted = await ask('Submit');
  const caseNumber = /Your case number is (P1-\w{6})/.exec(submitted)?.[1] ?? '';
  const [handoffCase] = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
  return { harness, ask, submitted, caseNumber, caseId: handoffCase?.id ?? '', clock };
}

describe('a taxpayer waiting in the queue', () => {
  it('is told their place and an estimated wait, asks "how long?" as the queue moves, and can cancel the request', async () => {
    const first = await queued('webchat', OPEN);
    expect(first.submitted).toMatch(/You are number 1 in the queue\. The wait is about 20 minutes \(an estimate from how fast recent cases were taken\)\./);
    expect(first.submitted).toMatch(/Ask "how long\?" to see your place, type "call me back" to be called instead of waiting here, "cancel my request" to leave the queue, or "end chat"/);
    const second = await queued('sms', OPEN);
    expect(second.submitted).toMatch(/You are number 2 in the queue\. The wait is about 40 minutes/);

    expect(await second.ask('how long will this take?')).toBe(`Your case ${second.caseNumber}: You are number 2 in the queue. The wait is about 40 minutes (an estimate from how fast recent cases were taken).`);
    // Asking is not a message for the representative.
    expect((await second.harness.cases.messages(second.caseId)).map((message) => message.text)).toEqual([]);

    // The first case is taken: the second moves up.
    expect(await first.harness.cases.claim(first.caseId, 'alex')).toBeDefined();
    expect(await second.ask('Where am I in the queue?')).toMatch(/You are number 1 in the queue\. The wait is about 20 minutes/);
    expect(await first.ask('how long?')).toBe(`A DRS representative has your case ${first.caseNumber} now. Type your message here.`);

    const cancelled = await second.ask('cancel my request');
    expect(cancelled).toMatch(new RegExp(`Your request is cancelled and case ${second.caseNumber} is closed; no representative will join\\. You are back with the assistant`));
    const withdrawn = await second.harness.cases.get(second.caseId);
    expect(withdrawn).toMatchObject({ status: 'closed', resolution: WITHDRAWN_RESOLUTION });
    expect(await second.ask('What is the R859 notice?')).toMatch(/R859/);

    // A representative who has the case gets "cancel my request" as a message: only a queued case is withdrawn.
    await first.ask('cancel my request');
    expect((await first.harness.cases.get(first.caseId))?.status).toBe('active');
    expect((await first.harness.cases.messages(first.caseId)).map((message) => message.text)).toContain('cancel my request');
  });

  it('"call me back" leaves the chat queue: the case stays queued, marked, with a note for the representative', async () => {
    const waiting = await queued('sms', OPEN);
    expect(waiting.submitted).toMatch(/type "call me back" to be called instead of waiting here/);
    const answer = await waiting.ask('Can you call me back instead? I have to go to work.');
    expect(answer).toMatch(new RegExp(`Your case ${waiting.caseNumber} stays in the queue, and a representative will contact you as you asked in your request instead of in this chat\\. You are back with the assistant`));
    const handoffCase = await waiting.harness.cases.get(waiting.caseId);
    expect(handoffCase).toMatchObject({ status: 'queued', callbackRequestedAt: expect.any(String) });
    expect((await waiting.harness.cases.messages(waiting.caseId)).map((message) => `${message.sender}: ${message.text}`)).toEqual([`system: ${CALLBACK_TEXT}`]);
    // Back with the assistant: a question is answered, not added to the case.
    expect(await waiting.ask('What is the R859 notice?')).toMatch(/R859/);
    expect(await waiting.harness.cases.messages(waiting.caseId)).toHaveLength(1);
  });

  it('after closing time says when DRS opens instead of a wait', async () => {
    const waiting = await queued('webchat', BEFORE_CLOSING);
    expect(waiting.submitted).toMatch(/A DRS representative will join this chat\. You are number \d+ in the queue\./);
    waiting.clock.now = AFTER_CLOSING;
    expect(await waiting.ask('how long?')).toMatch(new RegExp(`^Your case ${waiting.caseNumber} is number \\d+ in the queue\\. DRS is closed now .*a representative will contact you from Wednesday, November 25, 2026, at 8:30 a\\.m\\.`));
  });
});
