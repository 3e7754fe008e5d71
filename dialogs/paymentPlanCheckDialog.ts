import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Clock } from '../src/lib/clock.js';
import { chosenIndex, yesNoAnswer, yesNoIn, yesNoNotSureIn } from './choicePromptOptions.js';
import type { YesNoNotSure } from './choicePromptOptions.js';
import { inLanguage } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { planCheckNextSteps, planCheckTexts } from './planCheckNextSteps.js';
import type { PlanCheckTexts, PlanFigure, PlanRoute } from './planCheckNextSteps.js';
import { PlanEstimateDialog } from './planEstimateDialog.js';
import { dialogOptions, stepValues } from './stepState.js';

/** What a guide that starts the check passes: the day to act by, when a notice gave one. */
export const planCheckOptionsSchema = z.object({ by: z.string().optional() });
export type PlanCheckOptions = z.infer<typeof planCheckOptionsSchema>;

interface PlanCheckValues {
  route: PlanRoute;
}

const answer = (step: WaterfallStepContext): YesNoNotSure => yesNoAnswer(chosenIndex(step.result));

/** What the plan estimate ended with, when it gave a figure. */
const isPlanFigure = (result: unknown): result is PlanFigure =>
  typeof result === 'object' && result !== null && 'monthlyPayment' in result && typeof result.monthlyPayment === 'number' && 'months' in result && typeof result.months === 'number';

/**
 * "Can I get a payment plan?": all returns filed, no bankruptcy, and the $10,000 line decide the
 * route (online, in writing, or ask DRS); then an optional estimate for 2 to 12 months.
 */
export class PaymentPlanCheckDialog extends GuideDialog {
  constructor(knowledge: GuideKnowledge, clock: Clock) {
    super(DialogIds.paymentPlanCheck, knowledge);
    this.addDialog(new PlanEstimateDialog(clock)).addDialog(
      new WaterfallDialog(DialogIds.paymentPlanCheckFlow, [
        this.askFiled.bind(this),
        this.askBankruptcy.bind(this),
        this.askTotal.bind(this),
        this.offerEstimate.bind(this),
        this.estimate.bind(this),
        this.summarize.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.paymentPlanCheckFlow;
  }

  private by(step: WaterfallStepContext): string | undefined {
    return dialogOptions(step, planCheckOptionsSchema).by;
  }

  private texts(step: WaterfallStepContext): PlanCheckTexts {
    return inLanguage(step.context, planCheckTexts);
  }

  private end(step: WaterfallStepContext, route: PlanRoute, figure?: PlanFigure): Promise<DialogTurnResult> {
    return this.finishGuide(step, planCheckNextSteps(route, this.by(step), figure, this.texts(step)));
  }

  private async askFiled(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(this.texts(step).intro);
    return this.ask(step, (language) => ({ question: planCheckTexts[language].askFiled, choices: yesNoNotSureIn[language] }));
  }

  private async askBankruptcy(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const filed = answer(step);
    if (filed === 'no') return this.end(step, 'fileFirst');
    if (filed === 'notSure') await step.context.sendActivity(this.texts(step).filedNotSure);
    return this.ask(step, (language) => ({ question: planCheckTexts[language].askBankruptcy, choices: yesNoNotSureIn[language] }));
  }

  private async askTotal(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const bankrupt = answer(step);
    if (bankrupt === 'yes') return this.end(step, 'bankruptcy');
    if (bankrupt === 'notSure') return this.end(step, 'askDrs');
    return this.ask(step, (language) => ({ question: planCheckTexts[language].askTotal, choices: yesNoNotSureIn[language] }));
  }

  private async offerEstimate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const overLimit = answer(step);
    const route: PlanRoute = overLimit === 'no' ? 'online' : overLimit === 'yes' ? 'written' : 'askDrs';
    stepValues<PlanCheckValues>(step).route = route;
    return this.ask(step, (language) => ({ question: planCheckTexts[language].askEstimate, choices: yesNoIn[language] }));
  }

  private async estimate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return answer(step) === 'yes' ? step.beginDialog(DialogIds.planEstimate) : step.next();
  }

  private async summarize(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const figure = isPlanFigure(step.result) && step.result.monthlyPayment ? step.result : undefined;
    return this.end(step, stepValues<PlanCheckValues>(step).route ?? 'askDrs', figure);
  }
}
