import type { Activity } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Clock } from '../src/lib/clock.js';
import type { Language } from '../src/lib/language.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { sendCalculation } from './calculationReplies.js';
import { rememberFacts } from './conversationFacts.js';
import type { Computed } from '../src/handoff/caseSummary.js';
import { slotPrompts, slotSteps } from './slotTable.js';
import type { SlotTable } from './slotTable.js';

/**
 * The shared shape of the calculators: a slot table asked in order, skipping what the starting
 * message already said (kept in the dialog's state, so a restart resumes), and a result that never
 * turns bad input into an error.
 */
export abstract class CalculatorDialog<Slots extends object> extends CancelAndHelpDialog {
  constructor(
    dialogId: string,
    flowId: string,
    protected readonly clock: Clock,
    table: SlotTable<Slots>,
    extract: (text: string, today: string, language: Language) => Slots,
  ) {
    super(dialogId);
    for (const prompt of slotPrompts(table, clock)) this.addDialog(prompt);
    this.addDialog(new WaterfallDialog(flowId, slotSteps({ flowId, clock, table, extract, answer: (step, slots) => this.answer(step, slots) })));
    this.initialDialogId = flowId;
  }

  /** The last step: works out and sends the result from the filled slots. */
  protected abstract answer(step: WaterfallStepContext, slots: Slots): Promise<DialogTurnResult>;

  /**
   * Sends the result and ends with `outcome` (for a guide that started the calculator); input the
   * rules refuse gets a plain explanation instead.
   */
  protected async finish(
    step: WaterfallStepContext,
    result: () => Partial<Activity>,
    outcome?: () => unknown,
    facts?: () => Computed,
  ): Promise<DialogTurnResult> {
    const worked = await sendCalculation(step.context, 'figures', async () => {
      await step.context.sendActivity(result());
      if (facts) await rememberFacts(step.context, facts());
    });
    return worked ? step.endDialog(outcome?.()) : step.endDialog();
  }
}
