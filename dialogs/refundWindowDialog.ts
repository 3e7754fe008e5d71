import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { refundClaimDeadline } from '../src/calc/index.js';
import { refundWindowMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { findDates } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { DATE_RETRY, datePrompt, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';

/** "Refund claim window": the last day to claim a refund for a return (3 years from its due date). */
export class RefundWindowDialog extends CalculatorDialog<{ dueDate?: string }> {
  constructor(clock: Clock) {
    super(DialogIds.refundWindow, clock);
    this.addDialog(datePrompt(clock)).addDialog(new WaterfallDialog(DialogIds.refundWindowFlow, [this.askDueDate.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DialogIds.refundWindowFlow;
  }

  private async askDueDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { dueDate } = this.startSlots(step, (text, today) => ({ dueDate: findDates(text, today)[0]?.date }));
    if (dueDate) return step.next();
    return step.prompt(PromptIds.date, {
      prompt: 'When was the return due? Use the extended due date if you had an extension, for example April 15, 2024.',
      retryPrompt: DATE_RETRY,
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const dueDate = typeof step.result === 'string' ? readDate(step.result, this.clock) : (this.slots(step).dueDate ?? '');
    return this.finish(step, () => refundWindowMessage(step.context.activity.channelId, refundClaimDeadline({ dueDate })));
  }
}
