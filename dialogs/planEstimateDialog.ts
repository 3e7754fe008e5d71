import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { formatAmount, paymentPlan } from '../src/calc/index.js';
import type { PaymentPlanEstimate } from '../src/calc/index.js';
import { planResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { extractPlanSlots } from '../src/nlu/extract.js';
import type { PlanSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { amountSlot, dateSlot, monthsSlot } from './calculatorPrompts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import type { PlanFigure } from './planCheckNextSteps.js';
import { planEstimateEs } from './planEstimateDialog.es.js';
import { fromTexts } from './slotTable.js';
import type { SlotTable } from './slotTable.js';

type Slots = PlanSlots & { penalty?: number };

/** Everything "Payment plan estimate" asks, in one language. */
export interface PlanEstimateTexts {
  tax: string;
  penalty: string;
  /** For a taxpayer who does not know the penalty and interest: where they are, and what a 0 leaves out. */
  penaltyWhereToFind: string;
  months: string;
  firstPaymentDate: string;
}

const planEstimateEn: PlanEstimateTexts = {
  tax: 'How much tax do you owe, not counting penalty and interest?',
  penalty: 'How much penalty and interest is already on your notice? Enter 0 if none.',
  penaltyWhereToFind:
    'Penalty and interest are listed on your balance due notice, below the tax. If you are not sure, enter 0: the estimate then counts only the tax, so your real payments would be higher. Or say "cancel" to stop.',
  months: 'Over how many months would you pay? DRS plans typically run 2 to 12 months.',
  // Examples that never go stale: a month and day read as the next one to come.
  firstPaymentDate: 'When would the first payment be? For example "January 15" or "next Friday".',
};

export const planEstimateTexts: InEachLanguage<PlanEstimateTexts> = { en: planEstimateEn, es: planEstimateEs };

const texts = <Part>(part: (texts: PlanEstimateTexts) => Part) => fromTexts(planEstimateTexts, part);

const SLOTS: SlotTable<Slots> = [
  amountSlot('tax', texts((t) => t.tax)),
  amountSlot(
    'penalty',
    texts((t) => t.penalty),
    false,
    texts((t) => t.penaltyWhereToFind),
  ),
  monthsSlot('months', texts((t) => t.months)),
  dateSlot('firstPaymentDate', texts((t) => t.firstPaymentDate)),
];

/** "Payment plan estimate": the level monthly payment for 2–12 months, with its schedule. */
export class PlanEstimateDialog extends CalculatorDialog<Slots> {
  constructor(clock: Clock) {
    super(DialogIds.planEstimate, DialogIds.planEstimateFlow, clock, SLOTS, extractPlanSlots);
  }

  protected async answer(step: WaterfallStepContext, slots: Slots): Promise<DialogTurnResult> {
    const { tax = 0, penalty = 0, months = 12, firstPaymentDate = '' } = slots;
    let computed: PaymentPlanEstimate | undefined;
    const plan = () => (computed ??= paymentPlan({ tax, penalty, months, firstPaymentDate }));
    return this.finish(
      step,
      () => planResultMessage(step.context.activity.channelId, plan(), months, languageOf(step.context)),
      (): PlanFigure => ({ monthlyPayment: plan().monthlyPayment, months }),
      // For the DRS representative who reads the case: in English.
      () => ({ estimate: `payment plan of about ${formatAmount(plan().monthlyPayment)} a month for ${months} months (estimate)` }),
    );
  }
}
