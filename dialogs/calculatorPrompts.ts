import { ChoicePrompt, NumberPrompt, TextPrompt } from 'botbuilder-dialogs';
import { PLAN_MONTHS } from '../src/calc/index.js';
import { callDrsSentence } from '../src/kb/contacts.js';
import type { PromptValidatorContext } from 'botbuilder-dialogs';
import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import { findAmount, findDates } from '../src/nlu/extract.js';
import { choicePromptOptions, isFoundChoice } from './choicePromptOptions.js';
import type { PromptChoice } from './choicePromptOptions.js';
import { PromptIds } from './dialogIds.js';
import type { Slot } from './slotTable.js';

export const AMOUNT_RETRY = 'Please enter an amount like 1,250.00.';

/** "I don't know", "not sure", "no idea", "can't find it": the taxpayer lacks the figure, not the format. */
const DOES_NOT_KNOW = /\b(i )?(do ?n[o']?t|dont) (know|remember|have (it|that|the (notice|letter|bill)))\b|\b(not sure|unsure|no idea|no clue|idk|dunno)\b|\bca(n'?|nno)t find\b/i;

/** Where an amount is, for a taxpayer who does not know it; and what to do without it. */
export const AMOUNT_WHERE_TO_FIND =
  `The amounts are on your balance due notice: the tax is listed apart from penalty and interest. If you don't have the notice, ${callDrsSentence}. ` +
  'Enter the amount like 1,250.00, or say "cancel" to stop.';
export const DATE_RETRY = 'Please enter a date like April 15, 2025 (or "today").';

/**
 * Reads a dollar amount; anything else is asked again with an example. A taxpayer who says they
 * don't know is told where the amount is (the slot's own words, else the notice) instead.
 */
export function amountPrompt(clock: Clock): TextPrompt {
  return new TextPrompt(PromptIds.amount, async (prompt: PromptValidatorContext<string>) => {
    const text = prompt.recognized.value ?? '';
    const amount = text ? findAmount(text, connecticutDate(clock())) : undefined;
    if (amount !== undefined && amount >= 0) return true;
    if (DOES_NOT_KNOW.test(text)) {
      const where = (prompt.options.validations as { whereToFind?: unknown } | undefined)?.whereToFind;
      await prompt.context.sendActivity(typeof where === 'string' ? where : AMOUNT_WHERE_TO_FIND);
    }
    return false;
  });
}

/** Reads one date ("today" and "next Friday" against the clock); anything else is asked again. */
export function datePrompt(clock: Clock): TextPrompt {
  return new TextPrompt(PromptIds.date, async (prompt: PromptValidatorContext<string>) =>
    prompt.recognized.value ? findDates(prompt.recognized.value, connecticutDate(clock())).length > 0 : false,
  );
}

export const readAmount = (text: string, clock: Clock): number => findAmount(text, connecticutDate(clock())) ?? 0;
export const readDate = (text: string, clock: Clock): string => findDates(text, connecticutDate(clock()))[0]?.date ?? '';

export const MONTHS_RETRY = 'Please enter a number of months from 2 to 12.';

/** Reads a plan length of 2 to 12 months. */
export function monthsPrompt(): NumberPrompt {
  return new NumberPrompt(PromptIds.months, async (prompt: PromptValidatorContext<number>) => {
    const months = prompt.recognized.value;
    return prompt.recognized.succeeded && months !== undefined && Number.isInteger(months) && months >= PLAN_MONTHS.min && months <= PLAN_MONTHS.max;
  });
}

/** A dollar amount, asked with `question`; `whereToFind` answers a taxpayer who does not know it. */
export const amountSlot = <Name extends string>(name: Name, question: string, fromStart = true, whereToFind = AMOUNT_WHERE_TO_FIND): Slot<Name, number> => ({
  name,
  fromStart,
  promptId: PromptIds.amount,
  promptDialog: amountPrompt,
  question: () => ({ prompt: question, retryPrompt: AMOUNT_RETRY, validations: { whereToFind } }),
  read: (answer, clock) => (typeof answer === 'string' ? readAmount(answer, clock) : undefined),
});

/** A date, asked with `question`. */
export const dateSlot = <Name extends string>(name: Name, question: string): Slot<Name, string> => ({
  name,
  promptId: PromptIds.date,
  promptDialog: datePrompt,
  question: () => ({ prompt: question, retryPrompt: DATE_RETRY }),
  read: (answer, clock) => (typeof answer === 'string' ? readDate(answer, clock) : undefined),
});

/** A plan length; one outside 2 to 12 months in the starting message is asked again. */
export const monthsSlot = <Name extends string>(name: Name, question: string): Slot<Name, number> => ({
  name,
  promptId: PromptIds.months,
  promptDialog: monthsPrompt,
  question: () => ({ prompt: question, retryPrompt: MONTHS_RETRY }),
  read: (answer) => (typeof answer === 'number' ? answer : undefined),
  filled: (months) => typeof months === 'number' && months >= PLAN_MONTHS.min && months <= PLAN_MONTHS.max,
});

/** A choice offered for the channel; a choice without a key ("Not sure") picks no value. */
export interface SlotChoice<Value> extends PromptChoice {
  key?: Value;
}

/** One of `choices`, asked with `question` and re-asked with `retry`. */
export const choiceSlot = <Name extends string, Value>(
  name: Name,
  question: string,
  choices: readonly SlotChoice<Value>[],
  retry: string,
  unpickedHint?: string,
): Slot<Name, Value> => ({
  name,
  promptId: PromptIds.choice,
  promptDialog: () => new ChoicePrompt(PromptIds.choice),
  question: (channelId) => choicePromptOptions(channelId, question, choices, retry),
  read: (answer) => (isFoundChoice(answer) ? choices[answer.index]?.key : undefined),
  ...(unpickedHint ? { unpickedHint } : {}),
});
