import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { refundClaimDeadline } from '../src/calc/index.js';
import { refundWindowMessage } from '../src/render/calcMessages.js';
import { connecticutDate } from '../src/lib/clock.js';
import type { Clock } from '../src/lib/clock.js';
import type { InEachLanguage, Language } from '../src/lib/language.js';
import { findDates } from '../src/nlu/extract.js';
import { findMonthYears } from '../src/nlu/monthYear.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { dateSlot } from './calculatorPrompts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { refundWindowEs } from './refundWindowDialog.es.js';
import { fromTexts } from './slotTable.js';
import type { SlotTable } from './slotTable.js';

interface Slots {
  dueDate?: string;
  /** A later day the starting message says the claim is (or would be) made: "if I file it now in June 2025". */
  claimDate?: string;
  /** Whether that day was given as a month only. */
  claimMonthOnly?: boolean;
}

/** What "Refund claim window" asks, in one language. */
export interface RefundWindowTexts {
  dueDate: string;
}

const refundWindowEn: RefundWindowTexts = {
  dueDate: 'When was the return due? Use the extended due date if you had an extension, for example April 15, 2024.',
};

export const refundWindowTexts: InEachLanguage<RefundWindowTexts> = { en: refundWindowEn, es: refundWindowEs };

const SLOTS: SlotTable<Slots> = [dateSlot('dueDate', fromTexts(refundWindowTexts, (texts) => texts.dueDate))];

/** The return's due date (the first date), and a later date or month the message gives for the claim. */
function datesIn(text: string, today: string, language: Language): Slots {
  const [due, ...rest] = findDates(text, today, language);
  if (!due) return {};
  const laterDay = rest.find((mention) => mention.date > due.date);
  const laterMonth = findMonthYears(text, language).find((mention) => mention.firstDay > due.date);
  if (laterDay && (!laterMonth || laterDay.start < laterMonth.start)) return { dueDate: due.date, claimDate: laterDay.date };
  if (laterMonth) return { dueDate: due.date, claimDate: laterMonth.firstDay, claimMonthOnly: true };
  return { dueDate: due.date };
}

/** "Refund claim window": the last day to claim a refund for a return (3 years from its due date). */
export class RefundWindowDialog extends CalculatorDialog<Slots> {
  constructor(clock: Clock) {
    super(DialogIds.refundWindow, DialogIds.refundWindowFlow, clock, SLOTS, datesIn);
  }

  protected async answer(step: WaterfallStepContext, { dueDate = '', claimDate, claimMonthOnly = false }: Slots): Promise<DialogTurnResult> {
    const window = refundClaimDeadline({ dueDate, claimDate: claimDate ?? connecticutDate(this.clock()) });
    return this.finish(step, () => refundWindowMessage(step.context.activity.channelId, window, languageOf(step.context), claimMonthOnly));
  }
}
