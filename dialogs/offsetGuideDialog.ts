import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Clock } from '../src/lib/clock.js';
import { sendNoticeDeadline } from './calculationReplies.js';
import { DATE_RETRY, datePrompt, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { stepValues } from './stepState.js';
import { OFFSET_ENTRIES, OFFSET_NOTICE_OPTIONS, OFFSET_SITUATIONS, offsetNextSteps, offsetNoticeNextSteps } from './offsetGuideChoices.js';

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
    return this.ask(step, 'What best describes your situation?', OFFSET_SITUATIONS);
  }

  private async explain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const situation = this.chosen(step, OFFSET_SITUATIONS) ?? 'notice';
    if (situation !== 'notice') {
      await this.quote(step, OFFSET_ENTRIES[situation]);
      return this.finishGuide(step, offsetNextSteps[situation]);
    }
    await this.quote(step, 'notice-of-intent-to-offset');
    return step.prompt(PromptIds.date, { prompt: 'What is the date printed on your Notice of Intent to Offset? For example May 5, 2026.', retryPrompt: DATE_RETRY });
  }

  private async showDeadline(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const deadline = await sendNoticeDeadline(step.context, { kind: 'intent_to_offset', noticeDate: readDate(String(step.result), this.clock) });
    if (deadline) stepValues<OffsetValues>(step).by = deadline.actBy;
    return this.ask(step, 'Do you want to pay the debt in full, or request a review because it is not past due, not enforceable or already paid?', OFFSET_NOTICE_OPTIONS);
  }

  private async finishNotice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen(step, OFFSET_NOTICE_OPTIONS) ?? 'review';
    if (choice === 'review') await this.quote(step, 'offset-request-review');
    return this.finishGuide(step, offsetNoticeNextSteps(choice, stepValues<OffsetValues>(step).by));
  }
}
