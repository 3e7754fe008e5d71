import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Clock } from '../src/lib/clock.js';
import { chosenIndex, yesNoAnswer, yesNoNotSure } from './choicePromptOptions.js';
import { COMPROMISE_EXPLAINED, compromiseNextSteps } from './compromiseNextSteps.js';
import { DialogIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge, KeyedChoice } from './guideDialog.js';
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

const PATHS: readonly KeyedChoice<Path | 'notSure'>[] = [
  { key: 'offer', value: 'Settle for less', synonyms: ['offer in compromise', 'offer', 'oic', 'settle', 'settlement', 'compromise'] },
  { key: 'hardship', value: 'Pause collection', synonyms: ['hardship', 'hardship suspension', 'suspend', 'suspension', 'pause', 'stop collection'] },
  { key: 'notSure', value: 'Not sure', synonyms: ['unsure', 'dont know', "don't know", 'both', 'explain'] },
];

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

  private async askPath(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { start, explained } = this.options(step);
    if (start) return step.next({ index: PATHS.findIndex((path) => path.key === start), value: start, score: 1 } satisfies FoundChoice);
    return this.ask(step, explained ? 'Which sounds closer to what you need?' : 'Which would help you?', PATHS);
  }

  private async firstQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const path = this.chosen(step, PATHS);
    if (path === 'notSure') {
      if (this.options(step).explained) return this.finishGuide(step, compromiseNextSteps('askDrs', this.options(step).by));
      await step.context.sendActivity(COMPROMISE_EXPLAINED);
      return step.replaceDialog(DialogIds.compromiseGuideFlow, { ...this.options(step), explained: true });
    }
    stepValues<CompromiseValues>(step).path = path;
    if (path === 'hardship') return this.ask(step, 'Would paying keep you from covering basic living expenses, such as rent, utilities or food?', yesNoNotSure);
    return this.ask(step, 'Have you filed all your Connecticut tax returns?', yesNoNotSure);
  }

  private async secondQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { by } = this.options(step);
    const said = yesNoOf(step);
    if (stepValues<CompromiseValues>(step).path === 'hardship') {
      if (said === 'no') {
        await step.context.sendActivity('Then a payment plan may fit better. Let us check.');
        return step.beginDialog(DialogIds.paymentPlanCheck, { by });
      }
      await this.quote(step, 'hardship-collection-suspension');
      return this.finishGuide(step, compromiseNextSteps('hardship', by));
    }
    if (said === 'no') return this.finishGuide(step, compromiseNextSteps('offerFileFirst', by));
    return this.ask(step, 'Are you in an active bankruptcy, or under a criminal investigation?', yesNoNotSure);
  }

  /** The offer's last question, or the end of the payment plan check a hardship answer led to. */
  private async lastStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (stepValues<CompromiseValues>(step).path === 'hardship') return step.endDialog(step.result);
    const { by } = this.options(step);
    if (yesNoOf(step) === 'yes') return this.finishGuide(step, compromiseNextSteps('offerBlocked', by));
    await this.quote(step, 'offer-in-compromise');
    return this.finishGuide(step, compromiseNextSteps('offer', by));
  }
}
