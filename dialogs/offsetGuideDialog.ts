import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Clock } from '../src/lib/clock.js';
import { sendNoticeDeadline } from './calculationReplies.js';
import { datePrompt, readDate } from './calculatorPrompts.js';
import { inLanguage, languageOf } from './conversationLanguage.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { promptInLanguage } from './promptLanguage.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { stepValues } from './stepState.js';
import { OFFSET_ENTRIES, offsetGuideTexts } from './offsetGuideChoices.js';

interface OffsetValues {
  /** The day to act by, from the notice's date. */
  by: string;
}

/** Refund offsets step by step: the notice and its 60 days, a spouse's debt, bankruptcy, paid debts, garnishment, posting time. */
export class OffsetGuideDialog extends GuideDialog {
  constructor(
    knowledge: GuideKnowledge,
    private readonly clock: Clock,
  ) {
    super(DialogIds.offsetGuide, knowledge);
    this.addDialog(datePrompt(clock)).addDialog(
      new WaterfallDialog(DialogIds.offsetGuideFlow, [this.askSituation.bind(this), this.explain.bind(this), this.showDeadline.bind(this), this.finishNotice.bind(this)]),
    );
    this.initialDialogId = DialogIds.offsetGuideFlow;
  }

  private async askSituation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, (language) => ({ question: offsetGuideTexts[language].askSituation, choices: offsetGuideTexts[language].situations }));
  }

  private async explain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const texts = inLanguage(step.context, offsetGuideTexts);
    const situation = this.chosen(step, texts.situations) ?? 'notice';
    if (situation !== 'notice') {
      await this.quote(step, OFFSET_ENTRIES[situation]);
      return this.finishGuide(step, texts.nextSteps[situation]);
    }
    await this.quote(step, 'notice-of-intent-to-offset');
    return promptInLanguage(step, PromptIds.date, (language) => ({ prompt: offsetGuideTexts[language].askNoticeDate, retryPrompt: offsetGuideTexts[language].dateRetry }));
  }

  private async showDeadline(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const deadline = await sendNoticeDeadline(step.context, { kind: 'intent_to_offset', noticeDate: readDate(String(step.result), this.clock, languageOf(step.context)) });
    if (deadline) stepValues<OffsetValues>(step).by = deadline.actBy;
    return this.ask(step, (language) => ({ question: offsetGuideTexts[language].askPayOrReview, choices: offsetGuideTexts[language].noticeOptions }));
  }

  private async finishNotice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const texts = inLanguage(step.context, offsetGuideTexts);
    const choice = this.chosen(step, texts.noticeOptions) ?? 'review';
    if (choice === 'review') await this.quote(step, 'offset-request-review');
    return this.finishGuide(step, texts.noticeNextSteps(choice, stepValues<OffsetValues>(step).by));
  }
}
