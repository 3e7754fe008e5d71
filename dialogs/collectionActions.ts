import { COLLECTION_ACTIONS, collectionActionNames } from '../src/handoff/caseSummary.js';
import type { CollectionAction } from '../src/handoff/caseSummary.js';

const WORDS: Record<CollectionAction | 'none', RegExp> = {
  paymentPlan: /\b(payment plan|installment|pay(ing)? monthly)\b/,
  bankLevy: /\b(bank warrant|levy|levied|bank account (was )?(frozen|taken))\b/,
  wageGarnishment: /\b(wage execution|garnish\w*|wages? (are|were|being) taken)\b/,
  lien: /\b(lien)\b/,
  offerInCompromise: /\b(offer (of|in) compromise|oic|settlement offer)\b/,
  other: /\b(other|something else)\b/,
  none: /\b(none|no collection|nothing|not under|neither)\b/,
};

/** The buttons, in the order of their numbers. */
export const actionTitles = [...COLLECTION_ACTIONS.map((action) => collectionActionNames[action]), 'None of these'];

/**
 * Reads every collection action a reply names: by number ("1 and 3", "2,4") or by words
 * ("my wages are garnished and there is a lien"). `none` when the taxpayer says none applies.
 */
export function readCollectionActions(text: string): CollectionAction[] | 'none' | undefined {
  const said = text.toLowerCase();
  if (said.trim() === actionTitles.at(-1)?.toLowerCase()) return 'none';
  const byTitle = COLLECTION_ACTIONS.filter((action) => said.includes(collectionActionNames[action].toLowerCase()));
  const numbers = /^[\d\s,&and]+$/.test(said) ? [...said.matchAll(/\d+/g)].map((match) => Number(match[0])) : [];
  if (numbers.includes(actionTitles.length) && numbers.length === 1) return 'none';
  const byNumber = numbers.map((number) => COLLECTION_ACTIONS[number - 1]).filter((action): action is CollectionAction => action !== undefined);
  const byWords = COLLECTION_ACTIONS.filter((action) => WORDS[action].test(said));
  const found = [...new Set([...byTitle, ...byNumber, ...byWords])];
  if (found.length > 0) return found;
  return WORDS.none.test(said) ? 'none' : undefined;
}

/** Actions a message already names, for a screening it starts. */
export const actionsIn = (text: string): CollectionAction[] => {
  const found = readCollectionActions(text);
  return Array.isArray(found) ? found : [];
};
