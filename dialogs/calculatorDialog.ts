import type { Activity } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { CalcError } from '../src/calc/index.js';
import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { rememberFacts } from './conversationFacts.js';
import type { Computed } from '../src/handoff/caseSummary.js';

/**
 * The shared shape of the calculators: slots read from the message that started them (kept in
 * the dialog's state, so a restart resumes), and a result that never turns bad input into an error.
 */
export abstract class CalculatorDialog<Slots extends object> extends CancelAndHelpDialog {
  constructor(
    dialogId: string,
    protected readonly clock: Clock,
  ) {
    super(dialogId);
  }

  protected slots(step: WaterfallStepContext): Slots {
    return (step.values as { slots: Slots }).slots;
  }

  /** Reads what the starting message (`options.text`) already says. */
  protected startSlots(step: WaterfallStepContext, extract: (text: string, today: string) => Slots): Slots {
    const text = (step.options as { text?: string } | undefined)?.text ?? '';
    const slots = extract(text, connecticutDate(this.clock()));
    (step.values as { slots: Slots }).slots = slots;
    return slots;
  }

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
    try {
      await step.context.sendActivity(result());
      if (facts) await rememberFacts(step.context, facts());
    } catch (error) {
      if (!(error instanceof CalcError)) throw error;
      await step.context.sendActivity(`I could not work that out: ${error.message} Please check the figures on your notice and try again.`);
      return step.endDialog();
    }
    return step.endDialog(outcome?.());
  }
}
