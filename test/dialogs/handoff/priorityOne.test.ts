import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { CASE_NUMBER_PATTERN } from '../../../src/handoff/caseNumber.js';
import { COLLECTION_ACTIONS, collectionActionNames } from '../../../src/handoff/caseSummary.js';
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

const clocks = {
  /** Tuesday, November 24, 2026, 10:00 in Connecticut: open. */
  open: () => new Date('2026-11-24T15:00:00Z'),
  /** Saturday, November 21, 2026: closed until Monday. */
  weekend: () => new Date('2026-11-21T16:00:00Z'),
  /** Thanksgiving, Thursday, November 26, 2026, 11:00: closed until Friday. */
  holiday: () => new Date('2026-11-26T16:00:00Z'),
};

type Row = [string, RegExp | RegExp[]];

async function play(channelId: string, clock: () => Date, rows: Row[]) {
  const harness = createBotHarness(db, channelId, projectKnowledge, clock);
  for (const [text, expected] of rows) {
    const replies = await harness.say(text);
    expectChannelRules(channelId, replies);
    const joined = replies.map(replyText).join('\n---\n');
    for (const pattern of [expected].flat()) expect(joined, `${channelId}, after "${text}"`).toMatch(pattern);
  }
  return harness;
}

const SCREENING: Row[] = [
  ['talk to a person', /collection action/],
  ['yes', /individual or for a business\?/],
  ['individual', /Which DRS collection actions apply to you now\?/],
];
const INTAKE: Row[] = [
  ['wage garnishment and payment plan', /COVID-19 affect your ability/],
  ['yes', [/Priority One may apply to you\. DRS decides each case/, /I will share with DRS/, /Do you agree\?/]],
  ['yes', /What is your name\?/],
  ['Pat Doe', /phone number or e-mail/],
  ['call me at 860-555-0142', /best time/],
  ['weekday mornings', /what is happening/],
  ['I lost my job in 2020 and my wages are garnished. My SSN is 123-45-6789.', [/removed what looked like a Social Security/, /Your request/, /Collection actions: Payment plan, Wage execution or garnishment/, /Phone: 860-555-0142/, /Submit/]],
];

describe('Priority One screening and hand-off', () => {
  it.each(['webchat', 'msteams', 'sms'])('is eligible, confirms, and waits for a representative inside business hours on %s', async (channelId) => {
    const harness = await play(channelId, clocks.open, [
      ...SCREENING,
      ...INTAKE,
      ['Submit', [/Your case number is P1-[2-9A-Z]{6}\./, /A DRS representative will join this chat\. You are number \d+ in the queue\./, /end chat/]],
      ['Here is more: my employer is Acme.', /I added that to your case P1-/],
      ['Submit', /^$/],
      ['end chat', [/You are back with the assistant/, /What can I help you with\?/]],
    ]);
    const cases = (await harness.cases.list()).filter((handoffCase) => handoffCase.conversationId === harness.conversationId);
    expect(cases).toHaveLength(1);
    const [handoffCase] = cases;
    expect(handoffCase?.caseNumber).toMatch(CASE_NUMBER_PATTERN);
    expect(handoffCase?.summary).toMatchObject({
      kind: 'priorityOne',
      taxpayerType: 'individual',
      collectionActions: ['paymentPlan', 'wageGarnishment'],
      covidImpact: 'yes',
      eligible: true,
      contact: { name: 'Pat Doe', phone: '860-555-0142' },
      preferredTime: 'Weekday mornings',
    });
    expect(JSON.stringify(handoffCase)).not.toContain('123-45-6789');
    expect(handoffCase?.transcript.some((line) => line.text.includes('wage garnishment and payment plan'))).toBe(true);
    const messages = await harness.cases.messages(handoffCase?.id ?? '');
    expect(messages.map((message) => message.sender)).toEqual(['taxpayer', 'taxpayer', 'system']);
  });

  it.each([
    ['on a weekend', clocks.weekend, /Monday, November 23, 2026, at 8:30 a\.m\./],
    ['on Thanksgiving', clocks.holiday, /Friday, November 27, 2026, at 8:30 a\.m\./],
  ])('outside business hours (%s) gives the case number, the next business day, the hotline and the e-mail', async (_when, clock, opening) => {
    const harness = await play('webchat', clock, [
      ...SCREENING,
      ...INTAKE,
      ['Submit', [/Your case number is P1-/, /DRS is closed now/, opening, /860-555-0142/, /860-541-7650/, /DRSPriorityOne_CollectionsAssist@po\.state\.ct\.us/]],
      ['What is the R859 notice?', /R859/],
    ]);
    expect((await harness.cases.list()).filter((handoffCase) => handoffCase.conversationId === harness.conversationId)).toHaveLength(1);
  });

  it.each(['webchat', 'msteams'])('takes several collection actions at once from check boxes and Done on %s', async (channelId) => {
    const harness = await play(channelId, clocks.open, [['my wages are garnished and I lost my job', /You mentioned: Wage execution or garnishment\. Priority One helps/]]);
    const question = await harness.say('business');
    const card = question.at(-1)?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const choiceSet = (card?.content as { body: { type: string; isMultiSelect?: boolean; value?: string; choices?: { value: string }[] }[] }).body.find((block) => block.type === 'Input.ChoiceSet');
    expect(choiceSet?.isMultiSelect).toBe(true);
    expect(choiceSet?.choices?.map((choice) => choice.value)).toEqual([...COLLECTION_ACTIONS, 'none']);
    // The action the first message named is shown ticked.
    expect(choiceSet?.value).toBe('wageGarnishment');
    const shown = question.map(replyText).join('\n');
    expect(shown).toMatch(/Which DRS collection actions apply to you now\? You mentioned: Wage execution or garnishment; add any others\./);
    expect(JSON.stringify(card?.content)).toContain('Tick all that apply, then choose Done.');
    expect(shown).toMatch(/None of these\nDone/);

    // Nothing ticked is asked again; unticking the mentioned action leaves it out.
    expect((await harness.submit({})).map(replyText).join('\n')).toMatch(/Please tick every action that applies/);
    expect((await harness.submit({ collectionActions: 'bankLevy,lien' })).map(replyText).join('\n')).toMatch(/^You chose: Bank warrant or levy, Tax lien\.\n[\s\S]*COVID-19 affect your ability/);
    for (const [text, expected] of INTAKE.slice(1, -1)) expect((await harness.say(text)).map(replyText).join('\n')).toMatch([expected].flat()[0] as RegExp);
    const summary = (await harness.say('My shop closed and the bank account was levied.')).map(replyText).join('\n');
    expect(summary).toMatch(new RegExp(`Collection actions: ${collectionActionNames.bankLevy}, ${collectionActionNames.lien}(\\n|$)`));
    await harness.say('Submit');
    const [handoffCase] = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
    expect(handoffCase?.summary.collectionActions).toEqual(['bankLevy', 'lien']);
    expect(handoffCase?.summary.taxpayerType).toBe('business');
  });

  it.each(['webchat', 'msteams'])('asks the question in progress again when Done on the answered check-box card is pressed later (%s)', async (channelId) => {
    const harness = await play(channelId, clocks.open, SCREENING);
    expect((await harness.submit({ collectionActions: 'bankLevy' })).map(replyText).join('\n')).toMatch(/COVID-19 affect your ability/);
    for (const [text] of INTAKE.slice(1, 5)) await harness.say(text);
    // The old card's Done, at the best-time question: that question again, with its choices.
    const stale = (await harness.submit({ collectionActions: 'bankLevy' })).map(replyText).join('\n');
    expect(stale).toMatch(/best time[\s\S]*Weekday mornings[\s\S]*Any time/);
    expect(stale).not.toMatch(/Please type a time/);
    expect((await harness.say('weekday mornings')).map(replyText).join('\n')).toMatch(/what is happening/);
  });

  it('shows the best times again with its retry when the message has no words', async () => {
    const harness = await play('webchat', clocks.open, [...SCREENING, ...INTAKE.slice(0, 5)]);
    expect((await harness.say(' ')).map(replyText).join('\n')).toMatch(/Please type a time[\s\S]*Weekday mornings[\s\S]*Any time/);
  });

  it('lets the taxpayer correct a field before submitting', async () => {
    const harness = await play('webchat', clocks.weekend, [
      ...SCREENING,
      ...INTAKE,
      ['Change contact', /phone number or e-mail/],
      ['not a phone', /does not look like|Please give a phone number/],
      ['pat@example.com', [/Your request/, /E-mail: pat@example\.com/]],
      ['Submit', /Your case number is/],
    ]);
    const [handoffCase] = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
    expect(handoffCase?.summary.contact).toEqual({ name: 'Pat Doe', email: 'pat@example.com' });
  });

  it('writes nothing when consent is refused', async () => {
    const harness = await play('webchat', clocks.open, [...SCREENING, INTAKE[0] as Row, INTAKE[1] as Row, ['no', [/I have not shared anything/, /860-297-5962/]]]);
    expect((await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId)).toHaveLength(0);
  });

  it.each([
    ['no collection action', 'none of these', 'yes', /current DRS collection action/],
    ['no COVID-19 impact', 'bank levy', 'no', /COVID-19/],
  ])('says why in one sentence and offers what fits instead when there is %s', async (_case, actions, covid, why) => {
    await play('sms', clocks.open, [
      ...SCREENING,
      [actions, /COVID-19 affect/],
      [covid, [why, /860-297-5962/, /Can I get a plan\?/, /Ask for a waiver/]],
    ]);
  });

  it('starts from notice triage with the deadline already known', async () => {
    const harness = await play('webchat', clocks.weekend, [
      ['I got a letter from DRS', /Which notice/],
      ['Balance due notice', /date printed/],
      ['November 2, 2026', /What would you like to do\?/],
      ['COVID-19 hardship', /individual or for a business\?/],
      ['business', /collection actions/],
      ['2', /COVID-19 affect/],
      ['yes', /Do you agree\?/],
      ['yes', [/Earlier in this chat I worked out the following\. Is it about the same matter you want DRS to look at\?/, /Notice: balance due/, /Deadline: act by December 31, 2026/]],
      ['Yes, include it', /name/],
      ['Acme LLC', /phone/],
      ['acme@example.com', /best time/],
      ['Any time', /what is happening/],
      ['Our account was levied after we closed during the pandemic.', [/Deadline: act by December 31, 2026/, /Notice: balance due/]],
      ['Submit', /Your case number is P1-/],
    ]);
    const [handoffCase] = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
    expect(handoffCase?.summary.computed.deadline).toMatch(/act by December 31, 2026/);
    expect(handoffCase?.summary.taxpayerType).toBe('business');
  });

  it.each(['webchat', 'sms'])('leaves out a figure from earlier in the chat that the taxpayer says is another matter (%s)', async (channelId) => {
    const harness = await play(channelId, clocks.open, [
      ['I received an R859 dated November 2, 2026, when is my deadline?', /Last day: /],
      ...SCREENING,
      ['bank levy', /COVID-19 affect/],
      ['yes', /Do you agree\?/],
      ['yes', [/Earlier in this chat I worked out the following/, /Notice: .*R859.*dated November 2, 2026/, /Deadline: act by/]],
      [channelId === 'sms' ? '2' : 'No, leave it out', /What is your name\?/],
      ['Pat Doe', /phone/],
      ['pat@example.com', /best time/],
      ['afternoons', /what is happening/],
      ['The bank account was levied in 2020.', [/Your request/, /^(?![\s\S]*(Notice|Deadline):)/]],
      ['Submit', /Your case number is P1-/],
    ]);
    const [handoffCase] = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
    expect(handoffCase?.summary.computed).toEqual({});
  });

  it('does not ask about earlier figures when there are none', async () => {
    await play('webchat', clocks.open, [...SCREENING, ['bank levy', /COVID-19 affect/], ['yes', /Do you agree\?/], ['yes', /What is your name\?/]]);
  });

  it.each(COLLECTION_ACTIONS.map((action, index) => [action, index + 1] as const))('makes a case for %s alone (chosen as %i on SMS)', async (action, number) => {
    const harness = await play('sms', clocks.weekend, [
      ...SCREENING,
      [String(number), /COVID-19 affect/],
      ['yes', /Priority One may apply to you\. DRS decides each case/],
      ['yes', /name/],
      ['Pat Doe', /phone/],
      ['8605550142', /type your phone number with dashes, such as 860-555-0123/],
      ['860-555-0142', /best time/],
      ['1', /what is happening/],
      ['Business closed in 2020.', new RegExp(`Collection actions: ${collectionActionNames[action]}\\b`)],
      ['1', /Your case number is P1-/],
    ]);
    const [handoffCase] = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
    expect(handoffCase?.summary).toMatchObject({ collectionActions: [action], eligible: true, preferredTime: 'Weekday mornings' });
  });
});
