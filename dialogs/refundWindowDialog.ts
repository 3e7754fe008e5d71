import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { refundClaimDeadline } from '../src/calc/index.js';
import { refundWindowMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { findDates } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { dateSlot } from './calculatorPrompts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { refundWindowEs } from './refundWindowDialog.es.js';
import { fromTexts } from './slotTable.js';
import type { SlotTable } from './slotTable.js';

interface Slots {
  dueDate?: string;
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

/** "Refund claim window": the last day to claim a refund for a return (3 years from its due date). */
export class RefundWindowDialog extends CalculatorDialog<Slots> {
  constructor(clock: Clock) {
    super(DialogIds.refundWindow, DialogIds.refundWindowFlow, clock, SLOTS, (text, today, language) => ({ dueDate: findDates(text, today, language)[0]?.date }));
  }

  protected async answer(step: WaterfallStepContext, { dueDate = '' }: Slots): Promise<DialogTurnResult> {
    return this.finish(step, () => refundWindowMessage(step.context.activity.channelId, refundClaimDeadline({ dueDate }), languageOf(step.context)));
  }
}
