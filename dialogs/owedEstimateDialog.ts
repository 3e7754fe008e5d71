import { ChoicePrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { choicePromptOptions } from './choicePromptOptions.js';
import type { DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { estimateBalance } from '../src/calc/index.js';
import type { TaxType } from '../src/calc/index.js';
import { balanceResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { extractBalanceSlots } from '../src/nlu/extract.js';
import type { BalanceSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { AMOUNT_RETRY, DATE_RETRY, amountPrompt, datePrompt, readAmount, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';

const TAX_TYPES: { value: string; taxType: TaxType }[] = [
  { value: 'Income tax', taxType: 'individual_income' },
  { value: 'Sales and use tax', taxType: 'business_sales_use' },
  { value: 'Withholding tax', taxType: 'withholding' },
];

/** "What will I owe?": penalty and interest on a late payment, asking only for what the message left out. */
export class OwedEstimateDialog extends CalculatorDialog<BalanceSlots> {
  constructor(clock: Clock) {
    super(DialogIds.owedEstimate, clock);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(amountPrompt(clock))
      .addDialog(datePrompt(clock))
      .addDialog(
        new WaterfallDialog(DialogIds.owedEstimateFlow, [
          this.askTaxType.bind(this),
          this.askAmount.bind(this),
          this.askDueDate.bind(this),
          this.askPaymentDate.bind(this),
          this.answer.bind(this),
        ]),
      );
    this.initialDialogId = DialogIds.owedEstimateFlow;
  }

  private async askTaxType(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.startSlots(step, extractBalanceSlots).taxType) return step.next();
    return step.prompt(
      PromptIds.choice,
      choicePromptOptions(step.context.activity.channelId, 'Which tax is it?', TAX_TYPES, 'Please choose income tax, sales and use tax, or withholding tax.'),
    );
  }

  private async askAmount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = step.result as FoundChoice | undefined;
    if (chosen) this.slots(step).taxType = TAX_TYPES[chosen.index]?.taxType;
    if (this.slots(step).tax !== undefined) return step.next();
    return step.prompt(PromptIds.amount, { prompt: 'How much tax was unpaid (not counting penalty and interest)?', retryPrompt: AMOUNT_RETRY });
  }

  private async askDueDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).tax = readAmount(step.result, this.clock);
    if (this.slots(step).dueDate) return step.next();
    return step.prompt(PromptIds.date, { prompt: 'When was the tax due? For example April 15, 2025.', retryPrompt: DATE_RETRY });
  }

  private async askPaymentDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).dueDate = readDate(step.result, this.clock);
    if (this.slots(step).paymentDate) return step.next();
    return step.prompt(PromptIds.date, { prompt: 'When will you pay (or when did you pay)? You can say "today".', retryPrompt: DATE_RETRY });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).paymentDate = readDate(step.result, this.clock);
    const { taxType = 'individual_income', tax = 0, dueDate = '', paymentDate = '' } = this.slots(step);
    return this.finish(step, () =>
      balanceResultMessage(step.context.activity.channelId, { taxType, dueDate, paymentDate }, estimateBalance({ taxType, tax, dueDate, paymentDate })),
    );
  }
}
