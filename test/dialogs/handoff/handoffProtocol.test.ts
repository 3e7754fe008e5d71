import { ActivityTypes, HandoffEventNames } from 'botbuilder';
import type { Activity, Transcript } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import type { HandoffSettings } from '../../../src/handoff/relay.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { expectChannelRules } from '../../fixtures/conversation.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Tuesday, November 24, 2026, 10:00 in Connecticut: representatives are working. */
const openClock = () => new Date('2026-11-24T15:00:00Z');

type Harness = ReturnType<typeof createBotHarness>;
type Row = [string, RegExp | RegExp[]];

const TYPED_SSN = '123-45-6789';
const SCREENING: Row[] = [
  ['talk to a person', /collection action/],
  ['yes', /individual or for a business\?/],
  ['individual', /Which DRS collection actions apply to you now\?/],
];
const INTAKE: Row[] = [
  ['wage garnishment and payment plan', /COVID-19 affect your ability/],
  ['yes', /Do you agree\?/],
  ['yes', /What is your name\?/],
  ['Pat Doe', /phone number or e-mail/],
  ['call me at 860-555-0142', /best time/],
  ['weekday mornings', /what is happening/],
  [`My wages are garnished. My SSN is ${TYPED_SSN}.`, [/removed what looked like a Social Security/, /Your request/, /Submit/]],
];

const CASE_NUMBER_TOLD = /Your case number is (P1-[2-9A-Z]{6})\./;
const ADDED_TO_CASE = /I added that to your case P1-/;

/** Status events come from a hub the deployment trusts unless `trusted` is false (which hubs those are is tested over HTTP). */
function newHarness(channelId: string, handoff?: HandoffSettings, trusted = true): Harness {
  return createBotHarness(db, channelId, projectKnowledge, openClock, undefined, handoff, trusted ? () => true : undefined);
}

/** Plays the screening and intake up to the confirmation, checking each turn. */
async function fillInCase(harness: Harness, channelId: string): Promise<void> {
  for (const [text, expected] of [...SCREENING, ...INTAKE]) {
    const replies = await harness.say(text);
    expectChannelRules(channelId, replies);
    const joined = replies.map(replyText).join('\n---\n');
    for (const pattern of [expected].flat()) expect(joined, `${channelId}, after "${text}"`).toMatch(pattern);
  }
}

const events = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === ActivityTypes.Event);

/** The case number the taxpayer was told in these replies. */
function caseNumberTold(replies: Partial<Activity>[]): string {
  const told = replies.map(replyText).join('\n').match(CASE_NUMBER_TOLD)?.[1];
  expect(told, 'a case number told to the taxpayer').toBeDefined();
  return told ?? '';
}

async function casesOf(harness: Harness) {
  return (await harness.cases.list()).filter((handoffCase) => handoffCase.conversationId === harness.conversationId);
}

/** The one case of this conversation, which must exist. */
async function onlyCase(harness: Harness) {
  const cases = await casesOf(harness);
  expect(cases).toHaveLength(1);
  const [handoffCase] = cases;
  if (!handoffCase) throw new Error('no case');
  return handoffCase;
}

/** A hub on the channel reports on the hand-off; returns what the taxpayer was sent. */
async function sendStatus(harness: Harness, value: unknown): Promise<Partial<Activity>[]> {
  await harness.adapter.receiveActivity({ type: ActivityTypes.Event, name: HandoffEventNames.HandoffStatus, value });
  return harness.adapter.activeQueue.splice(0);
}

describe('handoff.initiate', () => {
  it.each(['webchat', 'directline'])('on %s, a new Priority One case sends one handoff.initiate event before the confirmation', async (channelId) => {
    const harness = newHarness(channelId);
    await fillInCase(harness, channelId);
    const replies = await harness.say('Submit');

    const sent = events(replies);
    expect(sent).toHaveLength(1);
    const [event] = sent;
    expect(event?.name).toBe('handoff.initiate');
    const caseNumber = caseNumberTold(replies);
    expect((await onlyCase(harness)).caseNumber).toBe(caseNumber);
    expect(event?.value).toMatchObject({
      caseNumber,
      kind: 'priorityOne',
      collectionActions: ['paymentPlan', 'wageGarnishment'],
      contact: { name: 'Pat Doe', phone: '860-555-0142' },
    });
    expect(event?.conversation?.id).toBe(harness.conversationId);

    const confirmation = replies.findIndex((reply) => reply.type === ActivityTypes.Message && CASE_NUMBER_TOLD.test(reply.text ?? ''));
    expect(confirmation).toBeGreaterThan(replies.indexOf(event ?? {}));

    // botbuilder's EventFactory attaches the transcript as JSON named "Transcript".
    expect(event?.attachments).toHaveLength(1);
    const [attachment] = event?.attachments ?? [];
    expect(attachment).toMatchObject({ contentType: 'application/json', name: 'Transcript' });
    const transcript = attachment?.content as Transcript;
    expect(transcript.activities.length).toBeGreaterThan(0);
    expect(transcript.activities.every((activity) => activity.type === String(ActivityTypes.Message))).toBe(true);
    const texts = transcript.activities.map((activity) => activity.text);
    const userId = harness.adapter.conversation.user?.id;
    expect(userId).toBeDefined();
    expect(transcript.activities.some((activity) => activity.from.id === userId && activity.text === 'wage garnishment and payment plan')).toBe(true);
    expect(transcript.activities.some((activity) => activity.from.id !== userId && /What is your name\?/.test(activity.text))).toBe(true);
    // The line where the SSN was typed is there, with the SSN removed.
    expect(texts.some((text) => text.startsWith('My wages are garnished. My SSN is [SSN removed]'))).toBe(true);
    expect(JSON.stringify(event)).not.toContain(TYPED_SSN);
    expect(JSON.stringify(event)).not.toMatch(/\d{3}-\d{2}-\d{4}/);
  });

  it.each(['msteams', 'sms'])('on %s with the default settings, sends no event but still confirms the case', async (channelId) => {
    const harness = newHarness(channelId);
    await fillInCase(harness, channelId);
    const replies = await harness.say('Submit');
    expect(events(replies)).toEqual([]);
    expect(caseNumberTold(replies)).toBe((await onlyCase(harness)).caseNumber);
  });

  it('on msteams, sends the event when settings name msteams', async () => {
    const harness = newHarness('msteams', { eventChannels: ['msteams'], notify: false });
    await fillInCase(harness, 'msteams');
    const replies = await harness.say('Submit');
    expect(events(replies).map((event) => event.name)).toEqual(['handoff.initiate']);
    expect(events(replies)[0]?.value).toMatchObject({ caseNumber: caseNumberTold(replies) });
  });

  it('a second Submit sends no second event and makes no second case', async () => {
    const harness = newHarness('webchat');
    await fillInCase(harness, 'webchat');
    expect(events(await harness.say('Submit'))).toHaveLength(1);
    const again = await harness.say('Submit');
    expect(events(again)).toEqual([]);
    expect(again.map(replyText).join('\n')).toMatch(ADDED_TO_CASE);
    await onlyCase(harness);
  });

  it('two Submits at once send one event and make one case', async () => {
    const harness = newHarness('webchat');
    await fillInCase(harness, 'webchat');
    await Promise.all([harness.adapter.receiveActivity('Submit'), harness.adapter.receiveActivity('Submit')]);
    const replies = harness.adapter.activeQueue.splice(0);
    expect(events(replies)).toHaveLength(1);
    const { caseNumber } = await onlyCase(harness);
    const told = replies.map(replyText).flatMap((text) => [...text.matchAll(new RegExp(CASE_NUMBER_TOLD, 'g'))].map((match) => match[1]));
    expect(told.length).toBeGreaterThan(0);
    expect(new Set(told)).toEqual(new Set([caseNumber]));
  });
});

describe('handoff.status', () => {
  /** A Priority One case submitted on Web Chat inside business hours; the taxpayer waits in hand-off mode. */
  async function submittedCase(trusted = true) {
    const harness = newHarness('webchat', undefined, trusted);
    await fillInCase(harness, 'webchat');
    await harness.say('Submit');
    const handoffCase = await onlyCase(harness);
    expect(handoffCase.status).toBe('queued');
    return { harness, caseId: handoffCase.id, caseNumber: handoffCase.caseNumber };
  }

  const statusOf = async (harness: Harness, caseId: string) => (await harness.cases.get(caseId))?.status;

  it('accepted: the case is accepted and the taxpayer stays in the hand-off', async () => {
    const { harness, caseId, caseNumber } = await submittedCase();
    const told = (await sendStatus(harness, { state: 'accepted' })).map(replyText).join('\n');
    expect(told).toBe(`A DRS representative has taken your case ${caseNumber}.`);
    expect(await statusOf(harness, caseId)).toBe('active');

    const replies = await harness.say('My employer is Acme.');
    expect(replies.map(replyText).join('\n')).toContain(`I added that to your case ${caseNumber}.`);
    const messages = await harness.cases.messages(caseId);
    expect(messages.at(-1)).toMatchObject({ sender: 'taxpayer', text: 'My employer is Acme.' });
  });

  it.each([
    ['completed', 'closed', /^Your conversation with DRS about case (P1-\w{6}) has ended\. You are back with the assistant\.$/],
    ['failed', 'failed', /^I could not connect you with a representative\. Your case (P1-\w{6}) is saved.*Priority One hotline at 860-541-7650.*You are back with the assistant\.$/],
  ])('%s: the case is %s, the taxpayer is told and is back with the assistant', async (state, status, message) => {
    const { harness, caseId, caseNumber } = await submittedCase();
    const [told = '', ...after] = (await sendStatus(harness, { state })).map(replyText);
    expect(told).toMatch(message);
    expect(message.exec(told)?.[1]).toBe(caseNumber);
    // A closed case is followed by the optional rating; a failed one is not.
    expect(after.join('\n')).toMatch(state === 'completed' ? /^How would you rate this chat\?/ : /^$/);
    expect(await statusOf(harness, caseId)).toBe(status);

    const before = await harness.cases.messages(caseId);
    const joined = (await harness.say('What is the R859 notice?')).map(replyText).join('\n');
    expect(joined).toMatch(/R859/);
    expect(joined).not.toMatch(ADDED_TO_CASE);
    expect(await harness.cases.messages(caseId)).toEqual(before);
  });

  it.each<[string, unknown]>([
    ['an unknown state', { state: 'banana' }],
    ['a state that is not text', { state: 3 }],
    ['no value', undefined],
  ])('%s changes nothing', async (_what, value) => {
    const { harness, caseId } = await submittedCase();
    expect(await sendStatus(harness, value)).toEqual([]);
    expect(await statusOf(harness, caseId)).toBe('queued');
    expect((await harness.say('Still waiting.')).map(replyText).join('\n')).toMatch(ADDED_TO_CASE);
  });

  it('from a sender that is not a trusted hub changes nothing, whatever the state', async () => {
    const { harness, caseId } = await submittedCase(false);
    for (const state of ['accepted', 'completed', 'failed']) expect(await sendStatus(harness, { state })).toEqual([]);
    expect(await harness.cases.get(caseId)).toMatchObject({ status: 'queued', claimedBy: null, closedAt: null });
  });

  it('in a conversation with no case changes nothing, here or in any other conversation', async () => {
    const { harness: other, caseId } = await submittedCase();
    const harness = newHarness('webchat');
    for (const state of ['accepted', 'completed', 'failed']) expect(await sendStatus(harness, { state })).toEqual([]);
    expect(await casesOf(harness)).toEqual([]);
    expect(await statusOf(other, caseId)).toBe('queued');
    expect((await harness.say('What is the R859 notice?')).map(replyText).join('\n')).toMatch(/R859/);
  });
});
