import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogState, WaterfallStepContext } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { AMOUNT_RETRY, AMOUNT_WHERE_TO_FIND, MONTHS_RETRY, amountSlot, choiceSlot, dateSlot, monthsSlot } from '../../../dialogs/calculatorPrompts.js';
import type { SlotChoice } from '../../../dialogs/calculatorPrompts.js';
import { slotPrompts, slotSteps } from '../../../dialogs/slotTable.js';
import type { SlotTable } from '../../../dialogs/slotTable.js';
import { replyText } from '../../fixtures/botHarness.js';

interface Slots {
  kind?: 'a' | 'b';
  amount?: number;
  fee?: number;
  months?: number;
  when?: string;
}

const HINT = 'Alpha is the one with the red stamp.';
const FEE_WHERE = 'The fee is on the back of the form; enter 0 if there is none.';
const KINDS: readonly SlotChoice<'a' | 'b'>[] = [{ value: 'Alpha', key: 'a' }, { value: 'Beta', key: 'b' }, { value: 'Not sure' }];
const TABLE: SlotTable<Slots> = [
  choiceSlot('kind', 'Which kind?', KINDS, 'Please choose a kind.', HINT),
  amountSlot('amount', 'How much?'),
  amountSlot('fee', 'What fee?', false, FEE_WHERE),
  monthsSlot('months', 'How many months?'),
  dateSlot('when', 'When?'),
];

/** Reads "name=value" pairs, so each test states exactly what the starting message gives. */
function extract(text: string): Slots {
  const given = (name: string) => new RegExp(`${name}=(\\S+)`).exec(text)?.[1];
  const number = (name: string) => (given(name) === undefined ? undefined : Number(given(name)));
  const kind = given('kind');
  return { kind: kind === 'a' || kind === 'b' ? kind : undefined, amount: number('amount'), fee: number('fee'), months: number('months'), when: given('when') };
}

/** A dialog made of the table alone; it answers with the slots it was given. */
class SlotsOnly extends ComponentDialog {
  constructor() {
    super('slotsOnly');
    const clock = () => new Date('2025-06-01T16:00:00Z');
    for (const prompt of slotPrompts(TABLE, clock)) this.addDialog(prompt);
    const answer = async (step: WaterfallStepContext, slots: Slots) => {
      await step.context.sendActivity(`Slots: ${JSON.stringify(slots)}`);
      return step.endDialog();
    };
    this.addDialog(new WaterfallDialog('slotsOnly.flow', slotSteps({ flowId: 'slotsOnly.flow', clock, table: TABLE, extract, answer })));
    this.initialDialogId = 'slotsOnly.flow';
  }
}

/** A conversation whose first message starts the dialog with that message as its text. */
function conversation() {
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState')).add(new SlotsOnly());
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const turn = await dc.continueDialog();
    if (turn.status === DialogTurnStatus.empty) await dc.beginDialog('slotsOnly', { text: context.activity.text });
    await state.saveChanges(context);
  });
  return async (text: string): Promise<string> => {
    await adapter.receiveActivity(text);
    return adapter.activeQueue.splice(0).map((reply: Partial<Activity>) => replyText(reply)).join('\n---\n');
  };
}

const slotsIn = (reply: string): Slots => JSON.parse(reply.replace(/^Slots: /, '')) as Slots;

describe('slot table', () => {
  it('skips the slots the starting message gives, but asks one that may not come from it', async () => {
    const say = conversation();
    expect(await say('kind=a amount=500 fee=7 months=6 when=2025-07-01')).toBe('What fee?');
    expect(slotsIn(await say('$3'))).toEqual({ kind: 'a', amount: 500, fee: 3, months: 6, when: '2025-07-01' });
  });

  it('asks in order, re-asks an answer its prompt refuses, and asks again for a given value the slot does not accept', async () => {
    const say = conversation();
    expect(await say('months=24')).toMatch(/^Which kind\?/);
    expect(await say('Beta')).toBe('How much?');
    expect(await say('lots')).toBe(AMOUNT_RETRY);
    expect(await say('$20')).toBe('What fee?');
    expect(await say('0')).toBe('How many months?');
    expect(await say('30')).toBe(MONTHS_RETRY);
    expect(await say('3')).toBe('When?');
    expect(slotsIn(await say('June 5, 2025'))).toEqual({ kind: 'b', amount: 20, fee: 0, months: 3, when: '2025-06-05' });
  });

  it('tells a taxpayer who does not know an amount where it is, in the slot\'s own words if it has them', async () => {
    const say = conversation();
    expect(await say('kind=a months=4 when=2025-08-01')).toBe('How much?');
    expect(await say("I don't know")).toBe(AMOUNT_WHERE_TO_FIND);
    expect(AMOUNT_WHERE_TO_FIND).toMatch(/balance due notice[\s\S]*860-297-5962[\s\S]*"cancel"/);
    expect(await say('no idea, can\'t find the letter')).toBe(AMOUNT_WHERE_TO_FIND);
    expect(await say('lots')).toBe(AMOUNT_RETRY);
    expect(await say('$40')).toBe('What fee?');
    expect(await say('not sure')).toBe(FEE_WHERE);
    expect(slotsIn(await say('0'))).toEqual({ kind: 'a', amount: 40, fee: 0, months: 4, when: '2025-08-01' });
  });

  it('explains and starts over, with the same starting message, when an answer picks no value', async () => {
    const say = conversation();
    expect(await say('amount=5 months=4 when=2025-08-01')).toMatch(/^Which kind\?/);
    expect(await say('Not sure')).toMatch(new RegExp(`^${HINT}\\n---\\nWhich kind\\?`));
    expect(await say('Alpha')).toBe('What fee?');
    expect(slotsIn(await say('1'))).toEqual({ kind: 'a', amount: 5, fee: 1, months: 4, when: '2025-08-01' });
  });
});
