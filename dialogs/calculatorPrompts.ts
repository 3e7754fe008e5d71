import { InputHints } from 'botbuilder';
import { ChoicePrompt, NumberPrompt, TextPrompt } from 'botbuilder-dialogs';
import type { PromptOptions, PromptRecognizerResult, PromptValidatorContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { PLAN_MONTHS } from '../src/calc/index.js';
import { callDrsSentence } from '../src/kb/contacts.js';
import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import type { InEachLanguage, Language } from '../src/lib/language.js';
import { findAmount, findDates, findWholeNumber, isYearless, nearDate } from '../src/nlu/extract.js';
import { withoutAccents } from '../src/nlu/spanishReading.js';
import { calculatorPromptsEs } from './calculatorPrompts.es.js';
import { choicePromptOptions, isFoundChoice } from './choicePromptOptions.js';
import type { PromptChoice } from './choicePromptOptions.js';
import { languageOf } from './conversationLanguage.js';
import { PromptIds } from './dialogIds.js';
import { fromTexts, inEachLanguage } from './slotTable.js';
import type { Slot, SlotText } from './slotTable.js';

export const AMOUNT_RETRY = 'Please enter an amount like 1,250.00.';

/** "I don't know", "not sure", "no idea", "can't find it": the taxpayer lacks the figure, not the format. */
const DOES_NOT_KNOW = /\b(i )?(do ?n[o']?t|dont) (know|remember|have (it|that|the (notice|letter|bill)))\b|\b(not sure|unsure|no idea|no clue|idk|dunno)\b|\bca(n'?|nno)t find\b/i;
/** "No sé", "no estoy segura", "ni idea", "no encuentro la carta" (read without accents). */
const NO_SE = /\bno (lo )?se\b|\b(no tengo|ni) idea\b|\bno estoy segur[oa]\b|\bno (me acuerdo|recuerdo|lo recuerdo)\b|\bno (lo |la )?(encuentro|tengo)\b|\bquien sabe\b/;
const doesNotKnow = (text: string) => DOES_NOT_KNOW.test(text) || NO_SE.test(withoutAccents(text));

/** Where an amount is, for a taxpayer who does not know it; and what to do without it. */
export const AMOUNT_WHERE_TO_FIND =
  `The amounts are on your balance due notice: the tax is listed apart from penalty and interest. If you don't have the notice, ${callDrsSentence}. ` +
  'Enter the amount like 1,250.00, or say "cancel" to stop.';
export const DATE_RETRY = 'Please enter a date like April 15, 2025 (or "today").';
export const MONTHS_RETRY = 'Please enter a number of months from 2 to 12.';

/** What the calculators' prompts say when an answer is not what they asked for, in one language. */
export interface CalculatorPromptTexts {
  amountRetry: string;
  /** Where the amounts are, for a taxpayer who does not know one. */
  amountWhereToFind: string;
  dateRetry: string;
  monthsRetry: string;
}

const calculatorPromptsEn: CalculatorPromptTexts = {
  amountRetry: AMOUNT_RETRY,
  amountWhereToFind: AMOUNT_WHERE_TO_FIND,
  dateRetry: DATE_RETRY,
  monthsRetry: MONTHS_RETRY,
};

/** The prompts' re-prompts in each language; a guide that asks for a date re-asks with `dateRetry`. */
export const calculatorPromptTexts: InEachLanguage<CalculatorPromptTexts> = { en: calculatorPromptsEn, es: calculatorPromptsEs };

/** What a slot's question gives its prompt to answer with in the language of the answer, which may differ from the question's. */
const inEachSchema = z.object({ en: z.string(), es: z.string() });
const answerTextsSchema = z.object({ retry: inEachSchema.optional(), whereToFind: inEachSchema.optional() });
type AnswerTexts = z.infer<typeof answerTextsSchema>;
const answerTextsOf = (options: PromptOptions): AnswerTexts => answerTextsSchema.safeParse(options.validations).data ?? {};

/**
 * Re-asks in the answer's language when the question gave its re-prompt in each language (a
 * taxpayer may switch language between a question and its answer); otherwise the prompt re-asks
 * with its own re-prompt.
 */
async function reaskIn(context: TurnContext, options: PromptOptions): Promise<false> {
  const retry = answerTextsOf(options).retry?.[languageOf(context)];
  if (retry) await context.sendActivity(retry, undefined, InputHints.ExpectingInput);
  return false;
}

/**
 * Reads a dollar amount; anything else is asked again with an example. A taxpayer who says they
 * don't know is told where the amount is (the slot's own words, else the notice) instead.
 */
export function amountPrompt(clock: Clock): TextPrompt {
  return new TextPrompt(PromptIds.amount, async (prompt: PromptValidatorContext<string>) => {
    const language = languageOf(prompt.context);
    const text = prompt.recognized.value ?? '';
    const amount = text ? findAmount(text, connecticutDate(clock()), language) : undefined;
    if (amount !== undefined && amount >= 0) return true;
    if (doesNotKnow(text)) {
      const where = answerTextsOf(prompt.options).whereToFind ?? fromTexts(calculatorPromptTexts, (texts) => texts.amountWhereToFind);
      await prompt.context.sendActivity(where[language]);
      return false;
    }
    return reaskIn(prompt.context, prompt.options);
  });
}

/** Reads one date ("today" and "next Friday" against the clock, "hoy" and "15/4/2024" in Spanish); anything else is asked again. */
export function datePrompt(clock: Clock): TextPrompt {
  return new TextPrompt(PromptIds.date, async (prompt: PromptValidatorContext<string>) => {
    const text = prompt.recognized.value;
    if (text && findDates(text, connecticutDate(clock()), languageOf(prompt.context)).length > 0) return true;
    return reaskIn(prompt.context, prompt.options);
  });
}

export const readAmount = (text: string, clock: Clock, language: Language = 'en'): number => findAmount(text, connecticutDate(clock()), language) ?? 0;
export const readDate = (text: string, clock: Clock, language: Language = 'en'): string => findDates(text, connecticutDate(clock()), language)[0]?.date ?? '';

/** A date said without its year, after (or before) a date already given: the first such day on its side of that date. */
function readDateBeside(text: string, clock: Clock, language: Language, beside: { date?: unknown; side: 'after' | 'before' }): string {
  const [mention] = findDates(text, connecticutDate(clock()), language);
  if (!mention) return '';
  return typeof beside.date === 'string' && beside.date && isYearless(mention) ? nearDate(mention, beside.date, beside.side) : mention.date;
}

/** A number prompt that reads Spanish numbers ("seis", "doce") in a Spanish conversation, whatever the channel's locale. */
class MonthsPrompt extends NumberPrompt {
  protected override async onRecognize(context: TurnContext, state: unknown, options: PromptOptions): Promise<PromptRecognizerResult<number>> {
    if (languageOf(context) === 'en') return super.onRecognize(context, state, options);
    const months = findWholeNumber(context.activity.text ?? '', 'es');
    return months === undefined ? { succeeded: false } : { succeeded: true, value: months };
  }
}

/** Reads a plan length of 2 to 12 months. */
export function monthsPrompt(): NumberPrompt {
  return new MonthsPrompt(PromptIds.months, async (prompt: PromptValidatorContext<number>) => {
    const months = prompt.recognized.value;
    if (prompt.recognized.succeeded && months !== undefined && Number.isInteger(months) && months >= PLAN_MONTHS.min && months <= PLAN_MONTHS.max) return true;
    return reaskIn(prompt.context, prompt.options);
  });
}

/** A prompt's question in the conversation's language, with its re-prompt in each language for the answer. */
const askWith = (question: SlotText, language: Language, retry: InEachLanguage<string>, whereToFind?: InEachLanguage<string>): PromptOptions => ({
  prompt: inEachLanguage(question)[language],
  retryPrompt: retry[language],
  validations: { retry, ...(whereToFind ? { whereToFind } : {}) },
});

/** A dollar amount, asked with `question`; `whereToFind` answers a taxpayer who does not know it. */
export const amountSlot = <Name extends string>(
  name: Name,
  question: SlotText,
  fromStart = true,
  whereToFind: SlotText = fromTexts(calculatorPromptTexts, (texts) => texts.amountWhereToFind),
): Slot<Name, number> => ({
  name,
  fromStart,
  promptId: PromptIds.amount,
  promptDialog: amountPrompt,
  question: (_channelId, language) => askWith(question, language, fromTexts(calculatorPromptTexts, (texts) => texts.amountRetry), inEachLanguage(whereToFind)),
  read: (answer, clock, language) => (typeof answer === 'string' ? readAmount(answer, clock, language) : undefined),
});

/**
 * The options for asking a date with `datePrompt` (`PromptIds.date`): the question in the
 * conversation's language, re-asked with `dateRetry` in the language of the answer.
 */
export const dateQuestion = (question: SlotText, language: Language): PromptOptions =>
  askWith(question, language, fromTexts(calculatorPromptTexts, (texts) => texts.dateRetry));

/** A date, asked with `question`. */
export const dateSlot = <Name extends string>(name: Name, question: SlotText, beside?: { slot: string; side: 'after' | 'before' }): Slot<Name, string> => ({
  name,
  promptId: PromptIds.date,
  promptDialog: datePrompt,
  question: (_channelId, language) => dateQuestion(question, language),
  read: (answer, clock, language, slots) =>
    typeof answer !== 'string' ? undefined : beside ? readDateBeside(answer, clock, language, { date: (slots as Record<string, unknown>)[beside.slot], side: beside.side }) : readDate(answer, clock, language),
});

/** A plan length; one outside 2 to 12 months in the starting message is asked again. */
export const monthsSlot = <Name extends string>(name: Name, question: SlotText): Slot<Name, number> => ({
  name,
  promptId: PromptIds.months,
  promptDialog: monthsPrompt,
  question: (_channelId, language) => askWith(question, language, fromTexts(calculatorPromptTexts, (texts) => texts.monthsRetry)),
  read: (answer) => (typeof answer === 'number' ? answer : undefined),
  filled: (months) => typeof months === 'number' && months >= PLAN_MONTHS.min && months <= PLAN_MONTHS.max,
});

/** A choice offered for the channel; a choice without a key ("Not sure") picks no value. */
export interface SlotChoice<Value> extends PromptChoice {
  key?: Value;
}

type SlotChoices<Value> = readonly SlotChoice<Value>[];

const isChoiceList = <Value>(choices: SlotChoices<Value> | InEachLanguage<SlotChoices<Value>>): choices is SlotChoices<Value> => Array.isArray(choices);

/** The same choices in each language: the same keys in the same order, so an answer is read by its index in either. */
const choicesInEachLanguage = <Value>(choices: SlotChoices<Value> | InEachLanguage<SlotChoices<Value>>): InEachLanguage<SlotChoices<Value>> =>
  isChoiceList(choices) ? { en: choices, es: choices } : choices;

/** One of `choices`, asked with `question` and re-asked with `retry`. */
export const choiceSlot = <Name extends string, Value>(
  name: Name,
  question: SlotText,
  choices: SlotChoices<Value> | InEachLanguage<SlotChoices<Value>>,
  retry: SlotText,
  unpickedHint?: SlotText,
): Slot<Name, Value> => {
  const offered = choicesInEachLanguage(choices);
  return {
    name,
    promptId: PromptIds.choice,
    promptDialog: () => new ChoicePrompt(PromptIds.choice),
    question: (channelId, language) => choicePromptOptions(channelId, inEachLanguage(question)[language], offered[language], inEachLanguage(retry)[language], language),
    read: (answer, _clock, language) => (isFoundChoice(answer) ? offered[language][answer.index]?.key : undefined),
    ...(unpickedHint ? { unpickedHint: inEachLanguage(unpickedHint) } : {}),
  };
};
