import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { CalcError, paymentPlan } from '../src/calc/index.js';
import { planResultMessage } from '../src/channels/calcMessages.js';
import type { Clock } from '../src/nlu/clock.js';
import { connecticutDate } from '../src/nlu/clock.js';
import { extractPlanSlots } from '../src/nlu/extract.js';
import type { PlanSlots } from '../src/nlu/extract.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { AMOUNT_RETRY, DATE_RETRY, MONTHS_RETRY, amountPrompt, datePrompt, monthsPrompt, readAmount, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';

type Slots = PlanSlots & { penalty?: number };

/** "Payment plan estimate": the level monthly payment for 2–12 months, with its schedule. */
export class PlanEstimateDialog extends CancelAndHelpDialog {
  constructor(private readonly clock: Clock) {
    super(DialogIds.planEstimate);
    this.addDialog(amountPrompt(clock))
      .addDialog(datePrompt(clock))
      .addDialog(monthsPrompt())
      .addDialog(
        new WaterfallDialog(DialogIds.planEstimateFlow, [
          this.askTax.bind(this),
          this.askPenalty.bind(this),
          this.askMonths.bind(this),
          this.askFirstDate.bind(this),
          this.answer.bind(this),
        ]),
      );
    this.initialDialogId = DialogIds.planEstimateFlow;
  }

  private slots(step: WaterfallStepContext): Slots {
    return (step.values as { slots: Slots }).slots;
  }

  private async askTax(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = (step.options as { text?: string } | undefined)?.text ?? '';
    (step.values as { slots: Slots }).slots = extractPlanSlots(text, connecticutDate(this.clock()));
    if (this.slots(step).tax !== undefined) return step.next();
    return step.prompt(PromptIds.amount, { prompt: 'How much tax do you owe, not counting penalty and interest?', retryPrompt: AMOUNT_RETRY });
  }

  private async askPenalty(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).tax = readAmount(step.result, this.clock);
    return step.prompt(PromptIds.amount, {
      prompt: 'How much penalty and interest is already on your notice? Enter 0 if none.',
      retryPrompt: AMOUNT_RETRY,
    });
  }

  private async askMonths(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).penalty = readAmount(step.result, this.clock);
    const months = this.slots(step).months;
    if (months !== undefined && months >= 2 && months <= 12) return step.next();
    return step.prompt(PromptIds.months, { prompt: 'Over how many months would you pay? DRS plans run 2 to 12 months.', retryPrompt: MONTHS_RETRY });
  }

  private async askFirstDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'number') this.slots(step).months = step.result;
    if (this.slots(step).firstPaymentDate) return step.next();
    return step.prompt(PromptIds.date, { prompt: 'When would the first payment be? For example December 1, 2026.', retryPrompt: DATE_RETRY });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).firstPaymentDate = readDate(step.result, this.clock);
    const { tax = 0, penalty = 0, months = 12, firstPaymentDate = '' } = this.slots(step);
    try {
      const plan = paymentPlan({ tax, penalty, months, firstPaymentDate });
      await step.context.sendActivity(planResultMessage(step.context.activity.channelId, plan, months));
    } catch (error) {
      if (!(error instanceof CalcError)) throw error;
      await step.context.sendActivity(`I could not work that out: ${error.message}`);
    }
    return step.endDialog();
  }
}
