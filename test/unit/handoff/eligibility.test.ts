import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTION_ACTIONS } from '../../../src/handoff/caseSummary.js';
import type { CollectionAction } from '../../../src/handoff/caseSummary.js';
import { priorityOneEligibility } from '../../../src/handoff/eligibility.js';
import type { EligibilityInput } from '../../../src/handoff/eligibility.js';
import { PLAIN_LANGUAGE_GRADE, readingGrade } from '../../../src/kb/readingGrade.js';

const covidAnswers = ['yes', 'no', 'notSure'] as const;

describe('priorityOneEligibility', () => {
  it.each(COLLECTION_ACTIONS.map((action) => [action]))('is eligible with %s alone and a COVID-19 impact', (action) => {
    expect(priorityOneEligibility({ collectionActions: [action], covidImpact: 'yes' })).toEqual({ eligible: true });
  });

  it.each<[string, CollectionAction[], EligibilityInput['covidImpact'], string | undefined]>([
    ['several actions, COVID-19 yes', ['bankLevy', 'lien', 'paymentPlan'], 'yes', undefined],
    ['every action, COVID-19 yes', [...COLLECTION_ACTIONS], 'yes', undefined],
    ['no action, COVID-19 yes', [], 'yes', 'noCollectionAction'],
    ['no action, COVID-19 no', [], 'no', 'noCollectionAction'],
    ['no action, COVID-19 not sure', [], 'notSure', 'noCollectionAction'],
    ['one action, COVID-19 no', ['wageGarnishment'], 'no', 'noCovidImpact'],
    ['several actions, COVID-19 no', ['offerInCompromise', 'other'], 'no', 'noCovidImpact'],
    ['one action, COVID-19 not sure', ['lien'], 'notSure', 'covidImpactUnsure'],
    ['several actions, COVID-19 not sure', ['paymentPlan', 'bankLevy'], 'notSure', 'covidImpactUnsure'],
  ])('%s', (_name, collectionActions, covidImpact, reason) => {
    const result = priorityOneEligibility({ collectionActions, covidImpact });
    if (reason === undefined) {
      expect(result).toEqual({ eligible: true });
    } else {
      expect(result).toMatchObject({ eligible: false, reason });
    }
  });

  it('explains each refusal plainly: what Priority One is for, then what the taxpayer said', () => {
    const none = priorityOneEligibility({ collectionActions: [], covidImpact: 'yes' });
    const no = priorityOneEligibility({ collectionActions: ['lien'], covidImpact: 'no' });
    const unsure = priorityOneEligibility({ collectionActions: ['lien'], covidImpact: 'notSure' });
    expect(none).toMatchObject({ explanation: expect.stringContaining('under a current DRS collection action') });
    expect(no).toMatchObject({ explanation: expect.stringContaining('affected by COVID-19') });
    expect(unsure).toMatchObject({ explanation: expect.stringContaining('DRS representative can decide') });
    for (const result of [none, no, unsure]) {
      if (result.eligible) throw new Error('expected a refusal');
      expect(result.explanation).toMatch(/^Priority One is for taxpayers [^.!?]+\.( [^.!?]+\.)+$/);
      expect(readingGrade(result.explanation)).toBeLessThanOrEqual(PLAIN_LANGUAGE_GRADE);
    }
  });

  it('is eligible exactly when there is an action and COVID-19 affected it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...COLLECTION_ACTIONS), { maxLength: COLLECTION_ACTIONS.length }),
        fc.constantFrom(...covidAnswers),
        (collectionActions, covidImpact) => {
          const result = priorityOneEligibility({ collectionActions, covidImpact });
          expect(result.eligible).toBe(collectionActions.length > 0 && covidImpact === 'yes');
          if (!result.eligible) expect(result.explanation.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
