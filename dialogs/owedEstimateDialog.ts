import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { estimateBalance } from '../src/calc/index.js';
import type { TaxType } from '../src/calc/index.js';
import { balanceResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { extractBalanceSlots } from '../src/nlu/extract.js';
import type { BalanceSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { amountSlot, choiceSlot, dateSlot } from './calculatorPrompts.js';
import type { SlotChoice } from './calculatorPrompts.js';
import { DialogIds } from './dialogIds.js';
import type { SlotTable } from './slotTable.js';

const TAX_TYPES: readonly SlotChoice<TaxType>[] = [
  { value: 'Income tax', key: 'individual_income' },
  { value: 'Sales and use tax', key: 'business_sales_use' },
  { value: 'Withholding tax', key: 'withholding' },
];

const SLOTS: SlotTable<BalanceSlots> = [
  choiceSlot('taxType', 'Which tax is it?', TAX_TYPES, 'Please choose income tax, sales and use tax, or withholding tax.'),
  amountSlot('tax', 'How much tax was unpaid (not counting penalty and interest)?'),
  dateSlot('dueDate', 'When was the tax due? For example April 15, 2025.'),
  dateSlot('paymentDate', 'When will you pay (or when did you pay)? You can say "today".'),
];

/** "What will I owe?": penalty and interest on a late payment, asking only for what the message left out. */
export class OwedEstimateDialog extends CalculatorDialog<BalanceSlots> {
  constructor(clock: Clock) {
    super(DialogIds.owedEstimate, DialogIds.owedEstimateFlow, clock, SLOTS, extractBalanceSlots);
  }

  protected async answer(step: WaterfallStepContext, slots: BalanceSlots): Promise<DialogTurnResult> {
    const { taxType = 'individual_income', tax = 0, dueDate = '', paymentDate = '', asks } = slots;
    return this.finish(step, () =>
      balanceResultMessage(
        step.context.activity.channelId,
        { taxType, dueDate, paymentDate, ...(asks ? { asks } : {}) },
        estimateBalance({ taxType, tax, dueDate, paymentDate }),
      ),
    );
  }
}
