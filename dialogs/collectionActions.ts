import { z } from 'zod';
import { COLLECTION_ACTIONS, collectionActionNames } from '../src/handoff/caseSummary.js';
import type { CollectionAction } from '../src/handoff/caseSummary.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { PickChoice } from '../src/render/pickSeveralCard.js';
import { DONE_WORDS_ES, NONE_OF_THESE_ES, WORDS_ES, actionNamesEs } from './collectionActions.es.js';
import { withoutAccents } from '../src/lib/plainText.js';

const WORDS: Record<CollectionAction | 'none', RegExp> = {
  paymentPlan: /\b(payment (plan|agreement|arrangement)|installment|pay(ing)? monthly)\b/,
  bankLevy: /\b(bank warrant|levy|levied|bank account (was )?(frozen|taken)|(froze|emptied|took money from) my (bank )?account)\b/,
  wageGarnishment: /\b(wage execution|garnish\w*|wages? ((are|were|is) )?(being )?taken|(taking|took) (money from )?my (wages|pay|paycheck))\b/,
  lien: /\b(liens?)\b/,
  offerInCompromise: /\b(offer[ -](of|in)[ -]compromise|oic|settlement offer)\b/,
  other: /\b(other|something else)\b/,
  none: /\b(none|no collection|nothing|not under|neither)\b/,
};

/** "1 and 3", "2, 4", "1 or 3.", "1 & 3 & 5", "1 y 3". */
const NUMBER_LIST = /^\d+(\s*(,|&|and|or|y|o|e)?\s*\d+)*\s*[.!]?$/;

/** Lower case, without accents: "Embargo bancario", "embargo bancário" and "EMBARGO BANCARIO" read alike. */
const plain = (text: string) => withoutAccents(text).trim();

const NONE_OF_THESE = 'None of these';

/** The buttons, in the order of their numbers. */
export const actionTitles = [...COLLECTION_ACTIONS.map((action) => collectionActionNames[action]), NONE_OF_THESE];
const actionTitlesEs = [...COLLECTION_ACTIONS.map((action) => actionNamesEs[action]), NONE_OF_THESE_ES];

/** The input a card's ticked actions come back in. */
export const ACTIONS_INPUT = 'collectionActions';

/** The check boxes, in the same order: each action's name, and "None of these". */
const choicesFrom = (titles: readonly string[]): PickChoice[] => titles.map((title, index) => ({ title, value: COLLECTION_ACTIONS[index] ?? 'none' }));
export const actionChoices: readonly PickChoice[] = choicesFrom(actionTitles);

/** The list's titles and check boxes in each language: the same actions, in the same order. */
export const actionTitlesIn: InEachLanguage<readonly string[]> = { en: actionTitles, es: actionTitlesEs };
export const actionChoicesIn: InEachLanguage<readonly PickChoice[]> = { en: actionChoices, es: choicesFrom(actionTitlesEs) };

/** The actions' names in each language ("Payment plan", "Plan de pagos"). */
export const actionNamesIn: InEachLanguage<Record<CollectionAction, string>> = { en: collectionActionNames, es: actionNamesEs };

const tickedSchema = z.object({ [ACTIONS_INPUT]: z.string() });

const names = (action: CollectionAction) => [collectionActionNames[action], actionNamesEs[action]].map(plain);
const saysAction = (action: CollectionAction | 'none', said: string) => WORDS[action].test(said) || WORDS_ES[action].test(said);

/**
 * Reads every collection action a reply names: by number ("1 and 3", "2,4") or by words
 * ("my wages are garnished and there is a lien", "embargo bancario y gravamen"), in the list's
 * order. `none` when the taxpayer says none applies.
 */
export function readCollectionActions(text: string): CollectionAction[] | 'none' | undefined {
  const said = plain(text);
  if (said === plain(NONE_OF_THESE) || said === plain(NONE_OF_THESE_ES)) return 'none';
  const numbers = NUMBER_LIST.test(said) ? [...said.matchAll(/\d+/g)].map((match) => Number(match[0])) : [];
  if (numbers.length === 1 && numbers[0] === actionTitles.length) return 'none';
  const found = COLLECTION_ACTIONS.filter((action, index) => numbers.includes(index + 1) || names(action).some((name) => said.includes(name)) || saysAction(action, said));
  if (found.length > 0) return found;
  return saysAction('none', said) ? 'none' : undefined;
}

interface ActionsAnswer {
  text?: string;
  value?: unknown;
}

/** Whether the answer came from the card (what is ticked is the whole answer) rather than typed. */
export const answeredOnCard = (activity: ActionsAnswer): boolean => tickedSchema.safeParse(activity.value).success;

/**
 * The actions an answer gives: ticked on the card (with Done), or typed. Ticking "None of these"
 * beside an action counts the action. Nothing ticked is no answer. Typed "listo" ("done") adds
 * nothing to the actions already named: an empty list.
 */
export function readActionsAnswer(activity: ActionsAnswer): CollectionAction[] | 'none' | undefined {
  const ticked = tickedSchema.safeParse(activity.value);
  if (!ticked.success) {
    if (activity.text === undefined) return undefined;
    return readCollectionActions(activity.text) ?? (DONE_WORDS_ES.test(plain(activity.text)) ? [] : undefined);
  }
  const values = (ticked.data[ACTIONS_INPUT] ?? '').split(',').map((value) => value.trim());
  const found = COLLECTION_ACTIONS.filter((action) => values.includes(action));
  if (found.length > 0) return found;
  return values.includes('none') ? 'none' : undefined;
}

/**
 * Actions a free-text message names in words, for a screening it starts. Numbers and "other"
 * are left out: outside the list they mean something else ("I have other questions").
 */
export const actionsIn = (text: string): CollectionAction[] => {
  const said = plain(text);
  return COLLECTION_ACTIONS.filter((action) => action !== 'other' && saysAction(action, said));
};
