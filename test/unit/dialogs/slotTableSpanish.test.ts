import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogState, WaterfallStepContext } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { amountSlot, calculatorPromptTexts, choiceSlot, dateQuestion, dateSlot, monthsSlot } from '../../../dialogs/calculatorPrompts.js';
import type { SlotChoice } from '../../../dialogs/calculatorPrompts.js';
import { speakLanguage } from '../../../dialogs/conversationLanguage.js';
import { slotPrompts, slotSteps } from '../../../dialogs/slotTable.js';
import type { SlotTable } from '../../../dialogs/slotTable.js';
import type { Language } from '../../../src/lib/language.js';
import { replyText } from '../../fixtures/botHarness.js';

interface Slots {
  kind?: 'a' | 'b';
  amount?: number;
  months?: number;
  when?: string;
}

const KINDS = {
  en: [{ value: 'Alpha', key: 'a' }, { value: 'Beta', key: 'b' }, { value: 'Not sure' }],
  es: [{ value: 'Alfa', key: 'a', synonyms: ['alpha'] }, { value: 'Beta', key: 'b' }, { value: 'No estoy seguro' }],
} as const satisfies Record<Language, readonly SlotChoice<'a' | 'b'>[]>;

const TABLE: SlotTable<Slots> = [
  choiceSlot('kind', { en: 'Which kind?', es: '¿Qué tipo?' }, KINDS, { en: 'Please choose a kind.', es: 'Por favor, elija un tipo.' }, { en: 'Alpha has a red stamp.', es: 'Alfa tiene un sello rojo.' }),
  amountSlot('amount', { en: 'How much?', es: '¿Cuánto?' }),
  monthsSlot('months', { en: 'How many months?', es: '¿Cuántos meses?' }),
  dateSlot('when', { en: 'When?', es: '¿Cuándo?' }),
];

const es = calculatorPromptTexts.es;

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
    this.addDialog(new WaterfallDialog('slotsOnly.flow', slotSteps({ flowId: 'slotsOnly.flow', clock, table: TABLE, extract: (): Slots => ({}), answer })));
    this.initialDialogId = 'slotsOnly.flow';
  }
}

/** A conversation whose turns speak the language given with each message. */
function conversation() {
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState')).add(new SlotsOnly());
  let language: Language = 'es';
  const adapter = new TestAdapter(async (context) => {
    speakLanguage(context, language);
    const dc = await dialogs.createContext(context);
    const turn = await dc.continueDialog();
    if (turn.status === DialogTurnStatus.empty) await dc.beginDialog('slotsOnly', { text: context.activity.text });
    await state.saveChanges(context);
  }, { channelId: 'webchat' });
  return async (text: string, speaks: Language = 'es'): Promise<string> => {
    language = speaks;
    await adapter.receiveActivity(text);
    return adapter.activeQueue.splice(0).map((reply: Partial<Activity>) => replyText(reply)).join('\n---\n');
  };
}

const slotsIn = (reply: string): Slots => JSON.parse(reply.replace(/^Slots: /, '')) as Slots;

describe('slot table in Spanish', () => {
  it('asks, re-asks and explains in Spanish, and reads Spanish amounts, months and dates', async () => {
    const say = conversation();
    expect(await say('empezar')).toMatch(/^¿Qué tipo\?\nAlfa\nBeta\nNo estoy seguro/);
    expect(await say('No estoy seguro')).toMatch(/^Alfa tiene un sello rojo\.\n---\n¿Qué tipo\?/);
    expect(await say('alpha')).toBe('¿Cuánto?');
    expect(await say('no sé')).toBe(es.amountWhereToFind);
    expect(await say('mucho')).toBe(es.amountRetry);
    expect(await say('$1.250,50')).toBe('¿Cuántos meses?');
    expect(await say('veinte')).toBe(es.monthsRetry);
    expect(await say('seis')).toBe('¿Cuándo?');
    expect(await say('pronto')).toBe(es.dateRetry);
    expect(slotsIn(await say('5/4/2025'))).toEqual({ kind: 'a', amount: 1250.5, months: 6, when: '2025-05-04' });
  });

  it('re-asks in the language of the answer when the taxpayer switches between a question and its answer', async () => {
    const say = conversation();
    expect(await say('start', 'en')).toMatch(/^Which kind\?/);
    expect(await say('Beta', 'en')).toBe('How much?');
    expect(await say('no tengo idea')).toBe(es.amountWhereToFind);
    expect(await say('lots', 'en')).toBe(calculatorPromptTexts.en.amountRetry);
    expect(await say('mucho')).toBe(es.amountRetry);
    expect(await say('2.000')).toBe('¿Cuántos meses?');
    expect(await say('3')).toBe('¿Cuándo?');
    expect(await say('soon', 'en')).toBe(calculatorPromptTexts.en.dateRetry);
    expect(slotsIn(await say('April 5, 2025', 'en'))).toEqual({ kind: 'b', amount: 2000, months: 3, when: '2025-04-05' });
  });

  it('gives a guide the options to ask for a date in the conversation\'s language', () => {
    expect(dateQuestion({ en: 'When?', es: '¿Cuándo?' }, 'es')).toMatchObject({ prompt: '¿Cuándo?', retryPrompt: es.dateRetry });
    expect(dateQuestion('When?', 'en')).toMatchObject({ prompt: 'When?', retryPrompt: calculatorPromptTexts.en.dateRetry });
  });
});
