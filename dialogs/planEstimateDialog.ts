import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { formatAmount, paymentPlan } from '../src/calc/index.js';
import type { PaymentPlanEstimate } from '../src/calc/index.js';
import { planResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { extractPlanSlots } from '../src/nlu/extract.js';
import type { PlanSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { AMOUNT_RETRY, DATE_RETRY, MONTHS_RETRY, amountPrompt, datePrompt, monthsPrompt, readAmount, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import type { PlanFigure } from './planCheckNextSteps.js';

type Slots = PlanSlots & { penalty?: number };

/** "Payment plan estimate": the level monthly payment for 2–12 months, with its schedule. */
export class PlanEstimateDialog extends CalculatorDialog<Slots> {
  constructor(clock: Clock) {
    super(DialogIds.planEstimate, clock);
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

  private async askTax(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.startSlots(step, extractPlanSlots).tax !== undefined) return step.next();
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
    let computed: PaymentPlanEstimate | undefined;
    const plan = () => (computed ??= paymentPlan({ tax, penalty, months, firstPaymentDate }));
    return this.finish(
      step,
      () => planResultMessage(step.context.activity.channelId, plan(), months),
      (): PlanFigure => ({ monthlyPayment: plan().monthlyPayment, months }),
      () => ({ estimate: `payment plan of about ${formatAmount(plan().monthlyPayment)} a month for ${months} months (estimate)` }),
    );
  }
}
