import type { DialogContext, DialogInstance, DialogTurnResult, PromptOptions, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { LANGUAGES } from '../src/lib/language.js';
import type { InEachLanguage, Language } from '../src/lib/language.js';
import { languageOf } from './conversationLanguage.js';

/** A prompt's question and re-prompt, made for the channel in a given language. */
export type PromptIn = (language: Language) => PromptOptions;

/** A prompt's dialog state, as far as it holds the question in each language. */
const savedPrompt = z.object({ options: z.object({ validations: z.object({ inEachLanguage: z.object({ en: z.looseObject({}), es: z.looseObject({}) }) }) }) });

/**
 * The options in `language`, carrying every version: PromptOptions' `validations`, saved with the
 * prompt in dialog state, keeps them beside what the dialog itself keeps there.
 */
function optionsIn(versions: InEachLanguage<PromptOptions>, language: Language): PromptOptions {
  const own: unknown = versions[language].validations;
  return { ...versions[language], validations: { ...(typeof own === 'object' ? own : {}), inEachLanguage: versions } };
}

/** Asks `promptId` in the conversation's language, keeping the question in the other language for a switch mid-question. */
export function promptInLanguage(step: WaterfallStepContext, promptId: string, question: PromptIn): Promise<DialogTurnResult> {
  const versions = Object.fromEntries(LANGUAGES.map((language) => [language, question(language)])) as InEachLanguage<PromptOptions>;
  return step.prompt(promptId, optionsIn(versions, languageOf(step.context)));
}

/** The dialog that waits for the taxpayer's answer: the innermost one active under `dc`. */
function waitingDialog(dc: DialogContext): DialogInstance | undefined {
  let innermost = dc;
  while (innermost.child) innermost = innermost.child;
  return innermost.activeDialog;
}

export const waitingDialogId = (dc: DialogContext): string | undefined => waitingDialog(dc)?.id;

/**
 * Asks the question in progress again, in the language the taxpayer just chose: the innermost
 * prompt's saved question in that language when it has one, otherwise as first asked.
 */
export async function askAgainIn(dc: DialogContext, language: Language): Promise<void> {
  // A prompt's instance state is its own `{ options, state }`; only `options` is replaced.
  const instance: DialogInstance<{ options?: PromptOptions }> | undefined = waitingDialog(dc);
  const saved = savedPrompt.safeParse(instance?.state);
  if (saved.success && instance) instance.state.options = optionsIn(saved.data.options.validations.inEachLanguage, language);
  await dc.repromptDialog();
}
