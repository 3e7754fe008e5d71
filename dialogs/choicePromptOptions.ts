import { ListStyle } from 'botbuilder-dialogs';
import type { Choice, FoundChoice, PromptOptions } from 'botbuilder-dialogs';
import { choicesMessage } from '../src/render/render.js';
import type { InEachLanguage, Language } from '../src/lib/language.js';
import { CHOOSE_ONE_ES, yesNoEs, yesNoNotSureEs } from './choicePromptOptions.es.js';

/** A choice as offered in a prompt: its title and other words that pick it. */
export interface PromptChoice {
  value: string;
  synonyms?: readonly string[];
}

const toChoice = ({ value, synonyms }: PromptChoice): Choice => ({ value, ...(synonyms ? { synonyms: [...synonyms] } : {}) });

/**
 * Options for a ChoicePrompt, rendered for the channel: suggested actions on Web Chat, a card on
 * Teams, a numbered list on SMS. The prompt recognises the title, a synonym or the number.
 */
export function choicePromptOptions(channelId: string, question: string, choices: readonly PromptChoice[], retry?: string, language: Language = 'en'): PromptOptions {
  const titles = choices.map((choice) => choice.value);
  const chooseOne = language === 'es' ? CHOOSE_ONE_ES : 'Please choose one of these.';
  return {
    prompt: choicesMessage(channelId, question, titles, language),
    retryPrompt: choicesMessage(channelId, retry ?? `${chooseOne} ${question}`, titles, language),
    choices: choices.map(toChoice),
    style: ListStyle.none,
  };
}

const YES: PromptChoice = { value: 'Yes', synonyms: ['y', 'yeah', 'yep', 'yes i have', 'correct'] };
const NO: PromptChoice = { value: 'No', synonyms: ['n', 'nope', 'not yet', 'never'] };
const NOT_SURE: PromptChoice = { value: 'Not sure', synonyms: ['unsure', 'dont know', "don't know", 'no idea', 'maybe', 'not certain'] };

export const yesNo: readonly PromptChoice[] = [YES, NO];
export const yesNoNotSure: readonly PromptChoice[] = [YES, NO, NOT_SURE];
/** Yes / No and Yes / No / Not sure in each language, in the same order (the answer is read by index). */
export const yesNoIn: InEachLanguage<readonly PromptChoice[]> = { en: yesNo, es: yesNoEs };
export const yesNoNotSureIn: InEachLanguage<readonly PromptChoice[]> = { en: yesNoNotSure, es: yesNoNotSureEs };
export type YesNoNotSure = 'yes' | 'no' | 'notSure';

const YES_NO_NOT_SURE: readonly YesNoNotSure[] = ['yes', 'no', 'notSure'];

/** The answer to a Yes / No / Not sure prompt, from the index the prompt found. */
export const yesNoAnswer = (index: number | undefined): YesNoNotSure => (index === undefined ? undefined : YES_NO_NOT_SURE[index]) ?? 'notSure';

/** Whether a step's result is what a ChoicePrompt found (a skipped step or another prompt gives something else). */
export const isFoundChoice = (result: unknown): result is FoundChoice =>
  typeof result === 'object' && result !== null && 'index' in result && typeof result.index === 'number' && 'value' in result && typeof result.value === 'string';

/** The index of the choice a step's result found, if it is one. */
export const chosenIndex = (result: unknown): number | undefined => (isFoundChoice(result) ? result.index : undefined);
