import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { CalcError, refundClaimDeadline } from '../src/calc/index.js';
import { refundWindowMessage } from '../src/channels/calcMessages.js';
import type { Clock } from '../src/nlu/clock.js';
import { connecticutDate } from '../src/nlu/clock.js';
import { findDates } from '../src/nlu/extract.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { DATE_RETRY, datePrompt, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';

/** "Refund claim window": the last day to claim a refund for a return (3 years from its due date). */
export class RefundWindowDialog extends CancelAndHelpDialog {
  constructor(private readonly clock: Clock) {
    super(DialogIds.refundWindow);
    this.addDialog(datePrompt(clock)).addDialog(new WaterfallDialog(DialogIds.refundWindowFlow, [this.askDueDate.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DialogIds.refundWindowFlow;
  }

  private async askDueDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = (step.options as { text?: string } | undefined)?.text ?? '';
    const [mentioned] = findDates(text, connecticutDate(this.clock()));
    if (mentioned) return step.next(mentioned.date);
    return step.prompt(PromptIds.date, {
      prompt: 'When was the return due? Use the extended due date if you had an extension, for example April 15, 2024.',
      retryPrompt: DATE_RETRY,
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const dueDate = /^\d{4}-\d{2}-\d{2}$/.test(String(step.result)) ? String(step.result) : readDate(String(step.result ?? ''), this.clock);
    try {
      await step.context.sendActivity(refundWindowMessage(step.context.activity.channelId, refundClaimDeadline({ dueDate })));
    } catch (error) {
      if (!(error instanceof CalcError)) throw error;
      await step.context.sendActivity(`I could not work that out: ${error.message}`);
    }
    return step.endDialog();
  }
}
