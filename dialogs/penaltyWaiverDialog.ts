import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { NextStep } from '../src/render/nextStepsMessage.js';
import { chosenIndex, yesNoAnswer, yesNoNotSureIn } from './choicePromptOptions.js';
import { inLanguage } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { penaltyWaiverTexts } from './penaltyWaiverTexts.js';
import type { PenaltyWaiverTexts, WaiverCause } from './penaltyWaiverTexts.js';
import { stepValues } from './stepState.js';

interface WaiverValues {
  cause: WaiverCause;
}

const textsOf = (step: WaterfallStepContext): PenaltyWaiverTexts => inLanguage(step.context, penaltyWaiverTexts);

/** Asking DRS to waive a penalty: what counts as reasonable cause, Form DRS-PW, and what a waiver never covers. */
export class PenaltyWaiverDialog extends GuideDialog {
  constructor(knowledge: GuideKnowledge) {
    super(DialogIds.penaltyWaiver, knowledge);
    this.addDialog(new WaterfallDialog(DialogIds.penaltyWaiverFlow, [this.askCause.bind(this), this.askAmount.bind(this), this.summarize.bind(this)]));
    this.initialDialogId = DialogIds.penaltyWaiverFlow;
  }

  private async askCause(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, (language) => ({ question: penaltyWaiverTexts[language].askCause, choices: penaltyWaiverTexts[language].causes }));
  }

  private async askAmount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const texts = textsOf(step);
    const cause = this.chosen(step, texts.causes) ?? 'other';
    stepValues<WaiverValues>(step).cause = cause;
    await this.quote(step, 'penalty-waiver');
    if (cause === 'other') await step.context.sendActivity(texts.otherCause);
    return this.ask(step, (language) => ({ question: penaltyWaiverTexts[language].askAmount, choices: yesNoNotSureIn[language] }));
  }

  private async summarize(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const texts = textsOf(step);
    const cause = stepValues<WaiverValues>(step).cause ?? 'other';
    const overLimit = yesNoAnswer(chosenIndex(step.result));
    const committee: NextStep[] = overLimit === 'no' ? [] : [{ action: texts.committee(overLimit === 'yes') }];
    return this.finishGuide(step, {
      title: texts.title,
      steps: [{ action: texts.gatherProof(cause) }, { action: texts.fileForm }, { action: texts.keepPaying }, ...committee],
      source: texts.source,
    });
  }
}
