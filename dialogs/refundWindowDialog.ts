import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { refundClaimDeadline } from '../src/calc/index.js';
import { refundWindowMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { findDates } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { dateSlot } from './calculatorPrompts.js';
import { DialogIds } from './dialogIds.js';
import type { SlotTable } from './slotTable.js';

interface Slots {
  dueDate?: string;
}

const SLOTS: SlotTable<Slots> = [dateSlot('dueDate', 'When was the return due? Use the extended due date if you had an extension, for example April 15, 2024.')];

/** "Refund claim window": the last day to claim a refund for a return (3 years from its due date). */
export class RefundWindowDialog extends CalculatorDialog<Slots> {
  constructor(clock: Clock) {
    super(DialogIds.refundWindow, DialogIds.refundWindowFlow, clock, SLOTS, (text, today) => ({ dueDate: findDates(text, today)[0]?.date }));
  }

  protected async answer(step: WaterfallStepContext, { dueDate = '' }: Slots): Promise<DialogTurnResult> {
    return this.finish(step, () => refundWindowMessage(step.context.activity.channelId, refundClaimDeadline({ dueDate })));
  }
}
