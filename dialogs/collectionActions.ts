import { z } from 'zod';
import { COLLECTION_ACTIONS, collectionActionNames } from '../src/handoff/caseSummary.js';
import type { CollectionAction } from '../src/handoff/caseSummary.js';
import type { PickChoice } from '../src/render/pickSeveralCard.js';

const WORDS: Record<CollectionAction | 'none', RegExp> = {
  paymentPlan: /\b(payment (plan|agreement|arrangement)|installment|pay(ing)? monthly)\b/,
  bankLevy: /\b(bank warrant|levy|levied|bank account (was )?(frozen|taken)|(froze|emptied|took money from) my (bank )?account)\b/,
  wageGarnishment: /\b(wage execution|garnish\w*|wages? ((are|were|is) )?(being )?taken|(taking|took) (money from )?my (wages|pay|paycheck))\b/,
  lien: /\b(liens?)\b/,
  offerInCompromise: /\b(offer[ -](of|in)[ -]compromise|oic|settlement offer)\b/,
  other: /\b(other|something else)\b/,
  none: /\b(none|no collection|nothing|not under|neither)\b/,
};

/** "1 and 3", "2, 4", "1 or 3.", "1 & 3 & 5". */
const NUMBER_LIST = /^\d+(\s*(,|&|and|or)?\s*\d+)*\s*[.!]?$/;

/** The buttons, in the order of their numbers. */
export const actionTitles = [...COLLECTION_ACTIONS.map((action) => collectionActionNames[action]), 'None of these'];

/** The input a card's ticked actions come back in. */
export const ACTIONS_INPUT = 'collectionActions';

/** The check boxes, in the same order: each action's name, and "None of these". */
export const actionChoices: readonly PickChoice[] = [
  ...COLLECTION_ACTIONS.map((action) => ({ title: collectionActionNames[action], value: action })),
  { title: 'None of these', value: 'none' },
];

const tickedSchema = z.object({ [ACTIONS_INPUT]: z.string() });

/**
 * Reads every collection action a reply names: by number ("1 and 3", "2,4") or by words
 * ("my wages are garnished and there is a lien"), in the list's order. `none` when the taxpayer
 * says none applies.
 */
export function readCollectionActions(text: string): CollectionAction[] | 'none' | undefined {
  const said = text.toLowerCase().trim();
  if (said === actionTitles.at(-1)?.toLowerCase()) return 'none';
  const numbers = NUMBER_LIST.test(said) ? [...said.matchAll(/\d+/g)].map((match) => Number(match[0])) : [];
  if (numbers.length === 1 && numbers[0] === actionTitles.length) return 'none';
  const found = COLLECTION_ACTIONS.filter(
    (action, index) => numbers.includes(index + 1) || said.includes(collectionActionNames[action].toLowerCase()) || WORDS[action].test(said),
  );
  if (found.length > 0) return found;
  return WORDS.none.test(said) ? 'none' : undefined;
}

interface ActionsAnswer {
  text?: string;
  value?: unknown;
}

/** Whether the answer came from the card (what is ticked is the whole answer) rather than typed. */
export const answeredOnCard = (activity: ActionsAnswer): boolean => tickedSchema.safeParse(activity.value).success;

/**
 * The actions an answer gives: ticked on the card (with Done), or typed. Ticking "None of these"
 * beside an action counts the action. Nothing ticked is no answer.
 */
export function readActionsAnswer(activity: ActionsAnswer): CollectionAction[] | 'none' | undefined {
  const ticked = tickedSchema.safeParse(activity.value);
  if (!ticked.success) return activity.text === undefined ? undefined : readCollectionActions(activity.text);
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
  const said = text.toLowerCase();
  return COLLECTION_ACTIONS.filter((action) => action !== 'other' && WORDS[action].test(said));
};
