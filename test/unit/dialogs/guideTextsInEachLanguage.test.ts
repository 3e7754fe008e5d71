import { describe, expect, it } from 'vitest';
import type { KeyedChoice } from '../../../dialogs/guideDialog.js';
import { compromiseTexts } from '../../../dialogs/compromiseNextSteps.js';
import type { CompromiseOutcome } from '../../../dialogs/compromiseNextSteps.js';
import { offsetGuideTexts } from '../../../dialogs/offsetGuideChoices.js';
import type { OffsetNoticeOption } from '../../../dialogs/offsetGuideChoices.js';
import { penaltyWaiverTexts } from '../../../dialogs/penaltyWaiverTexts.js';
import { planCheckNextSteps, planCheckTexts } from '../../../dialogs/planCheckNextSteps.js';
import type { PlanRoute } from '../../../dialogs/planCheckNextSteps.js';
import type { InEachLanguage } from '../../../src/lib/language.js';
import type { NextSteps } from '../../../src/render/nextStepsMessage.js';

/** The longest button title Web Chat shows well. */
const MAX_TITLE = 20;

const choiceLists: Record<string, InEachLanguage<readonly KeyedChoice<string>[]>> = {
  'offset situations': { en: offsetGuideTexts.en.situations, es: offsetGuideTexts.es.situations },
  'offset notice options': { en: offsetGuideTexts.en.noticeOptions, es: offsetGuideTexts.es.noticeOptions },
  'settle-or-pause paths': { en: compromiseTexts.en.paths, es: compromiseTexts.es.paths },
  'penalty waiver causes': { en: penaltyWaiverTexts.en.causes, es: penaltyWaiverTexts.es.causes },
};

describe.each(Object.entries(choiceLists))('the %s in each language', (_name, lists) => {
  it('have the same keys in the same order (a prompt is read by index)', () => {
    expect(lists.es.map((choice) => choice.key)).toEqual(lists.en.map((choice) => choice.key));
  });

  it(`have titles of ${MAX_TITLE} characters or fewer`, () => {
    const long = [...lists.en, ...lists.es].map((choice) => choice.value).filter((title) => title.length > MAX_TITLE);
    expect(long).toEqual([]);
  });

  it('pick the Spanish choice with its English title too', () => {
    for (const [index, english] of lists.en.entries()) expect(lists.es[index]?.synonyms?.map((word) => word.toLowerCase())).toContain(english.value.toLowerCase());
  });
});

/** Every figure a text gives: phone numbers, amounts, percentages, form and section numbers, hours. */
const figures = (text: string): string[] => (text.match(/\d[\d,.:–-]*\d|\d/g) ?? []).sort();
const figuresOf = (steps: NextSteps): string[] => figures([steps.title, ...steps.steps.map((step) => `${step.action} ${step.by ?? ''}`), steps.source].join('\n'));

const BY = '2026-11-30';
const pairs: [string, NextSteps, NextSteps][] = [
  ...(['spouse', 'bankruptcy', 'paid', 'garnishment', 'posting'] as const).map((situation): [string, NextSteps, NextSteps] => [
    `offset: ${situation}`,
    offsetGuideTexts.en.nextSteps[situation],
    offsetGuideTexts.es.nextSteps[situation],
  ]),
  ...(['pay', 'review'] as const satisfies readonly OffsetNoticeOption[]).map((choice): [string, NextSteps, NextSteps] => [
    `offset notice: ${choice}`,
    offsetGuideTexts.en.noticeNextSteps(choice, BY),
    offsetGuideTexts.es.noticeNextSteps(choice, BY),
  ]),
  ...(['online', 'written', 'askDrs', 'fileFirst', 'bankruptcy'] as const satisfies readonly PlanRoute[]).map((route): [string, NextSteps, NextSteps] => [
    `payment plan: ${route}`,
    planCheckNextSteps(route, BY, { monthlyPayment: 448.43, months: 3 }, planCheckTexts.en),
    planCheckNextSteps(route, BY, { monthlyPayment: 448.43, months: 3 }, planCheckTexts.es),
  ]),
  ...(['offer', 'offerFileFirst', 'offerBlocked', 'hardship', 'askDrs'] as const satisfies readonly CompromiseOutcome[]).map((outcome): [string, NextSteps, NextSteps] => [
    `settle or pause: ${outcome}`,
    compromiseTexts.en.nextSteps(outcome, BY),
    compromiseTexts.es.nextSteps(outcome, BY),
  ]),
];

describe('Spanish "what to do next" lists', () => {
  it.each(pairs)('%s: the same steps, with the same figures and day to act by, as the English', (_name, english, spanish) => {
    expect(spanish.steps.map((step) => step.by)).toEqual(english.steps.map((step) => step.by));
    expect(spanish.source).toBe(english.source);
    expect(figuresOf(spanish)).toEqual(figuresOf(english));
  });

  it('give the plan estimate in Spanish, amount in US format', () => {
    const steps = planCheckNextSteps('online', undefined, { monthlyPayment: 2260, months: 12 }, planCheckTexts.es);
    expect(steps.steps.map((step) => step.action)).toContain('Estimado: unos $2,260.00 al mes durante 12 meses. Es solo un estimado; vale el monto de su aviso.');
  });

  it.each(['illness', 'disaster', 'advice', 'other'] as const)('penalty waiver (%s): the same figures as the English', (cause) => {
    const all = (texts: typeof penaltyWaiverTexts.en) => figures([texts.askAmount, texts.gatherProof(cause), texts.fileForm, texts.keepPaying, texts.committee(true), texts.committee(false), texts.source].join('\n'));
    expect(all(penaltyWaiverTexts.es)).toEqual(all(penaltyWaiverTexts.en));
  });

  it('ask the payment plan and settle-or-pause questions with the same figures as the English', () => {
    const plan = (texts: typeof planCheckTexts.en) => figures([texts.intro, texts.askFiled, texts.filedNotSure, texts.askBankruptcy, texts.askTotal, texts.askEstimate, texts.interest].join('\n'));
    const compromise = (texts: typeof compromiseTexts.en) => figures([texts.explained, texts.askBasicNeeds, texts.askFiled, texts.planFitsBetter, texts.askBlocked].join('\n'));
    expect(plan(planCheckTexts.es)).toEqual(plan(planCheckTexts.en));
    expect(compromise(compromiseTexts.es)).toEqual(compromise(compromiseTexts.en));
  });
});
