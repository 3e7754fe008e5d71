import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Clock } from '../src/lib/clock.js';
import { chosenIndex, yesNoAnswer, yesNoNotSureIn } from './choicePromptOptions.js';
import { COMPROMISE_PATHS, compromiseTexts } from './compromiseNextSteps.js';
import type { CompromiseTexts } from './compromiseNextSteps.js';
import { inLanguage } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { PaymentPlanCheckDialog } from './paymentPlanCheckDialog.js';
import { dialogOptions, stepValues } from './stepState.js';

const pathSchema = z.enum(['offer', 'hardship']);
type Path = z.infer<typeof pathSchema>;

/** A guide may start on one path with its day to act by; `explained` once "Not sure" was answered. */
export const compromiseOptionsSchema = z.object({ start: pathSchema.optional(), by: z.string().optional(), explained: z.boolean().optional() });
export type CompromiseOptions = z.infer<typeof compromiseOptionsSchema>;

interface CompromiseValues {
  path: Path;
}

const yesNoOf = (step: WaterfallStepContext) => yesNoAnswer(chosenIndex(step.result));

/** Offer in compromise or a temporary hardship suspension: who may ask, what DRS needs, what each does not do. */
export class CompromiseGuideDialog extends GuideDialog {
  constructor(knowledge: GuideKnowledge, clock: Clock) {
    super(DialogIds.compromiseGuide, knowledge);
    this.addDialog(new PaymentPlanCheckDialog(knowledge, clock)).addDialog(
      new WaterfallDialog(DialogIds.compromiseGuideFlow, [
        this.askPath.bind(this),
        this.firstQuestion.bind(this),
        this.secondQuestion.bind(this),
        this.lastStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.compromiseGuideFlow;
  }

  private options(step: WaterfallStepContext): CompromiseOptions {
    return dialogOptions(step, compromiseOptionsSchema);
  }

  private texts(step: WaterfallStepContext): CompromiseTexts {
    return inLanguage(step.context, compromiseTexts);
  }

  private async askPath(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { start, explained } = this.options(step);
    if (start) return step.next({ index: COMPROMISE_PATHS.findIndex((path) => path.key === start), value: start, score: 1 } satisfies FoundChoice);
    return this.ask(step, (language) => {
      const texts = compromiseTexts[language];
      return { question: explained ? texts.askPathAgain : texts.askPath, choices: texts.paths };
    });
  }

  private async firstQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const texts = this.texts(step);
    const path = this.chosen(step, texts.paths);
    if (path === 'notSure') {
      if (this.options(step).explained) return this.finishGuide(step, texts.nextSteps('askDrs', this.options(step).by));
      await step.context.sendActivity(texts.explained);
      return step.replaceDialog(DialogIds.compromiseGuideFlow, { ...this.options(step), explained: true });
    }
    stepValues<CompromiseValues>(step).path = path;
    return this.ask(step, (language) => ({
      question: path === 'hardship' ? compromiseTexts[language].askBasicNeeds : compromiseTexts[language].askFiled,
      choices: yesNoNotSureIn[language],
    }));
  }

  private async secondQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { by } = this.options(step);
    const texts = this.texts(step);
    const said = yesNoOf(step);
    if (stepValues<CompromiseValues>(step).path === 'hardship') {
      if (said === 'no') {
        await step.context.sendActivity(texts.planFitsBetter);
        return step.beginDialog(DialogIds.paymentPlanCheck, { by });
      }
      await this.quote(step, 'hardship-collection-suspension');
      return this.finishGuide(step, texts.nextSteps('hardship', by));
    }
    if (said === 'no') return this.finishGuide(step, texts.nextSteps('offerFileFirst', by));
    return this.ask(step, (language) => ({ question: compromiseTexts[language].askBlocked, choices: yesNoNotSureIn[language] }));
  }

  /** The offer's last question, or the end of the payment plan check a hardship answer led to. */
  private async lastStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (stepValues<CompromiseValues>(step).path === 'hardship') return step.endDialog(step.result);
    const { by } = this.options(step);
    const texts = this.texts(step);
    if (yesNoOf(step) === 'yes') return this.finishGuide(step, texts.nextSteps('offerBlocked', by));
    await this.quote(step, 'offer-in-compromise');
    return this.finishGuide(step, texts.nextSteps('offer', by));
  }
}
