import type { Dialog, DialogTurnResult, PromptOptions, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import type { InEachLanguage, Language } from '../src/lib/language.js';
import { languageOf } from './conversationLanguage.js';
import { promptInLanguage } from './promptLanguage.js';
import { dialogOptions, stepValues } from './stepState.js';

/** A text given in each language, or one text for both (a table that speaks one language). */
export type SlotText = string | InEachLanguage<string>;

export const inEachLanguage = (text: SlotText): InEachLanguage<string> => (typeof text === 'string' ? { en: text, es: text } : text);

/** One part of a set of texts given in each language, in each language: `fromTexts(texts, (t) => t.question)`. */
export const fromTexts = <Texts, Part>(texts: InEachLanguage<Texts>, part: (texts: Texts) => Part): InEachLanguage<Part> => ({ en: part(texts.en), es: part(texts.es) });

/** One value a dialog needs, and how to ask for it when the starting message did not give it. */
export interface Slot<Name extends string, Value> {
  name: Name;
  /** The prompt that asks, and the dialog that is that prompt (added once per id). */
  promptId: string;
  promptDialog: (clock: Clock) => Dialog;
  /** The question and its re-prompt, rendered for the channel in the conversation's language. */
  question: (channelId: string, language: Language) => PromptOptions;
  /** The value in the prompt's answer, read in the conversation's language (and beside the values so far); undefined when the answer picks none. */
  read: (answer: unknown, clock: Clock, language: Language, slots: object) => Value | undefined;
  /** Whether the value already there needs no question; by default any value but ''. */
  filled?: (value: unknown) => boolean;
  /** Whether the starting message may fill the slot; when false it is always asked. Default true. */
  fromStart?: boolean;
  /** Whether the other values make this one unneeded (not asked, left empty). */
  unneeded?: (slots: object) => boolean;
  /** Said before asking again from the first question, when an answer picks no value ("Not sure"). */
  unpickedHint?: InEachLanguage<string>;
}

type SlotName<Slots> = keyof Slots & string;

/** The slots of a dialog in the order they are asked; each slot's value type is checked against `Slots`. */
export type SlotTable<Slots> = readonly { [Name in SlotName<Slots>]-?: Slot<Name, Exclude<Slots[Name], undefined>> }[SlotName<Slots>][];

/** What starts a slot-filling dialog: the message that may already say some of the values. */
export const slotDialogOptionsSchema = z.object({ text: z.string().optional() });

export interface SlotFlow<Slots extends object> {
  /** The waterfall the steps belong to; "ask again from the first question" restarts it. */
  flowId: string;
  clock: Clock;
  table: SlotTable<Slots>;
  /** Reads the slots the starting message (`options.text`) already gives, in the conversation's language. */
  extract: (text: string, today: string, language: Language) => Slots;
  /** The last step, once every slot is asked or given. */
  answer: (step: WaterfallStepContext, slots: Slots) => Promise<DialogTurnResult>;
}

interface SlotValues<Slots> {
  slots: Slots;
}

const isFilled = (slot: { filled?: (value: unknown) => boolean }, value: unknown) =>
  value !== undefined && (slot.filled ? slot.filled(value) : value !== '');

/** The slots as far as they are filled, kept in the waterfall's values so a restarted turn resumes. */
function slotsOf<Slots extends object>(step: WaterfallStepContext, flow: SlotFlow<Slots>): Slots {
  const values = stepValues<SlotValues<Slots>>(step);
  if (!values.slots) {
    const { text = '' } = dialogOptions(step, slotDialogOptionsSchema);
    const slots = flow.extract(text, connecticutDate(flow.clock()), languageOf(step.context));
    for (const slot of flow.table) if (slot.fromStart === false) Object.assign(slots, { [slot.name]: undefined });
    values.slots = slots;
  }
  return values.slots;
}

/**
 * The waterfall steps for a slot table: each step saves the answer to the previous question, skips
 * a question whose value is already there, or asks it; the last step hands the slots to `answer`.
 */
export function slotSteps<Slots extends object>(flow: SlotFlow<Slots>): WaterfallStep[] {
  const { table, clock } = flow;
  return [...table.keys(), table.length].map((index) => async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
    const slots = slotsOf(step, flow);
    const language = languageOf(step.context);
    const previous = table[index - 1];
    if (previous && step.result !== undefined) {
      const value = previous.read(step.result, clock, language, slots);
      if (value !== undefined) Object.assign(slots, { [previous.name]: value });
      else if (previous.unpickedHint) {
        await step.context.sendActivity(previous.unpickedHint[language]);
        return step.replaceDialog(flow.flowId, dialogOptions(step, slotDialogOptionsSchema));
      }
    }
    const slot = table[index];
    if (!slot) return flow.answer(step, slots);
    if (isFilled(slot, slots[slot.name]) || slot.unneeded?.(slots)) return step.next();
    return promptInLanguage(step, slot.promptId, (asked) => slot.question(step.context.activity.channelId, asked));
  });
}

/** The prompt dialogs a table asks with, one per prompt id. */
export function slotPrompts<Slots>(table: SlotTable<Slots>, clock: Clock): Dialog[] {
  const byId = new Map<string, (clock: Clock) => Dialog>(table.map((slot) => [slot.promptId, slot.promptDialog]));
  return [...byId.values()].map((promptDialog) => promptDialog(clock));
}
