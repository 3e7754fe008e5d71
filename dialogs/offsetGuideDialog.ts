import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { CalcError, noticeDeadline } from '../src/calc/index.js';
import { deadlineResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { DATE_RETRY, datePrompt, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { OFFSET_ENTRIES, OFFSET_NOTICE_OPTIONS, OFFSET_SITUATIONS, offsetNextSteps, offsetNoticeNextSteps } from './offsetGuideChoices.js';

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
    try {
      const deadline = noticeDeadline({ kind: 'intent_to_offset', noticeDate: readDate(String(step.result), this.clock) });
      (step.values as { by?: string }).by = deadline.actBy;
      await step.context.sendActivity(deadlineResultMessage(step.context.activity.channelId, deadline));
    } catch (error) {
      if (!(error instanceof CalcError)) throw error;
      await step.context.sendActivity(`I could not work out the deadline: ${error.message} Check the date printed on your notice.`);
    }
    return this.ask(step, 'Do you want to pay the debt in full, or request a review because it is not past due, not enforceable or already paid?', OFFSET_NOTICE_OPTIONS);
  }

  private async finishNotice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.chosen(step, OFFSET_NOTICE_OPTIONS) ?? 'review';
    if (choice === 'review') await this.quote(step, 'offset-request-review');
    return this.finishGuide(step, offsetNoticeNextSteps(choice, (step.values as { by?: string }).by));
  }
}
