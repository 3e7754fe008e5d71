import type { CollectionAction } from './caseSummary.js';

export interface EligibilityInput {
  collectionActions: CollectionAction[];
  covidImpact: 'yes' | 'no' | 'notSure';
}

export type IneligibleReason = 'noCollectionAction' | 'noCovidImpact' | 'covidImpactUnsure';

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibleReason; explanation: string };

/** Why Priority One is not the way, as the taxpayer is told. */
export const ineligibleExplanations: Record<IneligibleReason, string> = {
  noCollectionAction: 'Priority One is for taxpayers under a current DRS collection action. You said none applies to you right now.',
  noCovidImpact: 'Priority One is for taxpayers who were affected by COVID-19 and fell behind on a DRS collection action. You said that was not so for you.',
  covidImpactUnsure:
    'Priority One is for taxpayers who were affected by COVID-19 and fell behind on a DRS collection action. You are not sure if that was so for you. A DRS representative can decide that with you.',
};

const ineligible = (reason: IneligibleReason): Eligibility => ({ eligible: false, reason, explanation: ineligibleExplanations[reason] });

/** Priority One: at least one current DRS collection action and a COVID-19 impact on meeting it. */
export function priorityOneEligibility({ collectionActions, covidImpact }: EligibilityInput): Eligibility {
  if (collectionActions.length === 0) return ineligible('noCollectionAction');
  if (covidImpact === 'no') return ineligible('noCovidImpact');
  // "Not sure" does not meet the rule as answered; the explanation hands the call to a representative.
  if (covidImpact === 'notSure') return ineligible('covidImpactUnsure');
  return { eligible: true };
}
