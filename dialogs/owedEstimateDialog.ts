import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { estimateBalance, estimateBalanceMonthsLate, estimateInterest, estimateInterestMonthsLate, estimateLatePenalty, meetsExtensionSafeHarbor, paidMonthsLater } from '../src/calc/index.js';
import type { TaxType } from '../src/calc/index.js';
import { balanceResultMessage, interestResultMessage, penaltyResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { extractBalanceSlots } from '../src/nlu/extract.js';
import type { BalanceSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { amountSlot, choiceSlot, dateSlot } from './calculatorPrompts.js';
import type { SlotChoice } from './calculatorPrompts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { owedEstimateEs } from './owedEstimateDialog.es.js';
import { fromTexts } from './slotTable.js';
import type { SlotTable } from './slotTable.js';

/** Everything "What will I owe?" asks, in one language. */
export interface OwedEstimateTexts {
  /** Titles stay within 20 characters; the same keys in the same order in each language. */
  taxTypes: readonly SlotChoice<TaxType>[];
  whichTax: string;
  whichTaxRetry: string;
  unpaidTax: string;
  dueDate: string;
  paymentDate: string;
}

const owedEstimateEn: OwedEstimateTexts = {
  taxTypes: [
    { value: 'Income tax', key: 'individual_income' },
    { value: 'Sales and use tax', key: 'business_sales_use' },
    { value: 'Withholding tax', key: 'withholding' },
  ],
  whichTax: 'Which tax is it?',
  whichTaxRetry: 'Please choose income tax, sales and use tax, or withholding tax.',
  unpaidTax: 'How much tax was unpaid (not counting penalty and interest)?',
  dueDate: 'When was the tax due? For example April 15, 2025.',
  paymentDate: 'When will you pay (or when did you pay)? You can say "today".',
};

export const owedEstimateTexts: InEachLanguage<OwedEstimateTexts> = { en: owedEstimateEn, es: owedEstimateEs };

const texts = <Part>(part: (texts: OwedEstimateTexts) => Part) => fromTexts(owedEstimateTexts, part);

/** A question that asks only for the interest needs no tax type: interest is the same for every tax. */
const asksOnlyInterest = (slots: object): boolean => 'asks' in slots && slots.asks === 'interest' && (!('taxType' in slots) || slots.taxType === undefined);

/** "Paid 6 months late": the months are enough, with or without the dates. */
const lateByMonths = (slots: object): boolean => 'monthsLate' in slots && typeof slots.monthsLate === 'number';

/**
 * "How much is the penalty on $350?", "I owe $3,200 since April 15, what's the penalty?": charged
 * once, so no payment date is needed (the card adds the interest a month). A due date given with it
 * is enough only when the penalty alone was asked, not the interest or the total.
 */
const asksOnlyPenalty = (slots: BalanceSlots): boolean =>
  slots.penaltyAsked === true && slots.asks !== 'interest' && slots.tax !== undefined && (!slots.dueDate || slots.asks === 'penalty') && !slots.paymentDate && slots.monthsLate === undefined;

/** The message gave everything but the tax: the individual income tax's rule is used, and the answer says so. */
const allButTheTax = (slots: BalanceSlots): boolean =>
  slots.tax !== undefined && ((Boolean(slots.dueDate) && Boolean(slots.paymentDate)) || slots.monthsLate !== undefined || asksOnlyPenalty(slots));

const SLOTS: SlotTable<BalanceSlots> = [
  { ...choiceSlot('taxType', texts((t) => t.whichTax), texts((t) => t.taxTypes), texts((t) => t.whichTaxRetry)), unneeded: (slots) => asksOnlyInterest(slots) || allButTheTax(slots) },
  amountSlot('tax', texts((t) => t.unpaidTax)),
  { ...dateSlot('dueDate', texts((t) => t.dueDate)), unneeded: (slots) => lateByMonths(slots) || asksOnlyPenalty(slots) },
  // "June 1" without a year, after a due date: the first June 1 after it.
  { ...dateSlot('paymentDate', texts((t) => t.paymentDate), { slot: 'dueDate', side: 'after' }), unneeded: (slots) => lateByMonths(slots) || asksOnlyPenalty(slots) },
];

/** "What will I owe?": penalty and interest on a late payment, asking only for what the message left out. */
export class OwedEstimateDialog extends CalculatorDialog<BalanceSlots> {
  constructor(clock: Clock) {
    super(DialogIds.owedEstimate, DialogIds.owedEstimateFlow, clock, SLOTS, extractBalanceSlots);
  }

  protected async answer(step: WaterfallStepContext, slots: BalanceSlots): Promise<DialogTurnResult> {
    const { taxType = 'individual_income', tax = 0, dueDate = '', asks, monthsLate } = slots;
    // An extended return is an income tax return: no assumption to state.
    const taxAssumed = slots.taxType === undefined && slots.extension === undefined;
    if (asksOnlyPenalty(slots)) {
      return this.finish(step, () => penaltyResultMessage(step.context.activity.channelId, { taxType, taxAssumed }, estimateLatePenalty({ taxType, tax }), languageOf(step.context)));
    }
    if (monthsLate !== undefined && !dueDate) return this.answerMonthsLate(step, { taxType, taxAssumed, tax, monthsLate, ...(asks ? { asks } : {}) }, asksOnlyInterest(slots));
    const paymentDate = slots.paymentDate ?? (monthsLate !== undefined ? paidMonthsLater(dueDate, monthsLate) : '');
    if (asksOnlyInterest(slots)) {
      return this.finish(step, () => interestResultMessage(step.context.activity.channelId, { dueDate, paymentDate }, estimateInterest({ tax, dueDate, paymentDate }), languageOf(step.context)));
    }
    const { extension } = slots;
    const extensionSafeHarbor = extension !== undefined && meetsExtensionSafeHarbor({ ...extension, dueDate, paymentDate });
    return this.finish(step, () =>
      balanceResultMessage(
        step.context.activity.channelId,
        { taxType, taxAssumed, dueDate, paymentDate, ...(asks ? { asks } : {}), ...(extension ? { extension } : {}) },
        estimateBalance({ taxType, tax, dueDate, paymentDate, extensionSafeHarbor, penaltyWaived: slots.penaltyWaived === true }),
        languageOf(step.context),
      ),
    );
  }

  /** "Paid 6 months late" with no dates: the same rules over that many months, shown without a calendar. */
  private answerMonthsLate(step: WaterfallStepContext, late: { taxType: TaxType; taxAssumed: boolean; tax: number; monthsLate: number; asks?: 'interest' | 'penalty' }, onlyInterest: boolean): Promise<DialogTurnResult> {
    const { channelId } = step.context.activity;
    const language = languageOf(step.context);
    const question = { taxType: late.taxType, taxAssumed: late.taxAssumed, dueDate: '', paymentDate: '', monthsLate: late.monthsLate, ...(late.asks ? { asks: late.asks } : {}) };
    if (onlyInterest) return this.finish(step, () => interestResultMessage(channelId, question, estimateInterestMonthsLate(late), language));
    return this.finish(step, () => balanceResultMessage(channelId, question, estimateBalanceMonthsLate(late), language));
  }
}
