import { NumberPrompt, TextPrompt } from 'botbuilder-dialogs';
import { PLAN_MONTHS } from '../src/calc/index.js';
import type { PromptValidatorContext } from 'botbuilder-dialogs';
import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import { findAmount, findDates } from '../src/nlu/extract.js';
import { PromptIds } from './dialogIds.js';

export const AMOUNT_RETRY = 'Please enter an amount like 1,250.00.';
export const DATE_RETRY = 'Please enter a date like April 15, 2025 (or "today").';

/** Reads a dollar amount; anything else is asked again with an example. */
export function amountPrompt(clock: Clock): TextPrompt {
  return new TextPrompt(PromptIds.amount, async (prompt: PromptValidatorContext<string>) => {
    const amount = prompt.recognized.value ? findAmount(prompt.recognized.value, connecticutDate(clock())) : undefined;
    return amount !== undefined && amount >= 0;
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
