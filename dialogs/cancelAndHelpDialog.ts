import { ComponentDialog, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { helpFor, mainMenuTexts } from './mainMenu.js';
import { inLanguage, languageAskedFor, languageOf } from './conversationLanguage.js';
import { askAgainIn, waitingDialogId } from './promptLanguage.js';
import { PromptIds } from './dialogIds.js';
import { detectInterruption } from './interruptions.js';
import type { Interruption } from './interruptions.js';

/** What a dialog ends with when the user interrupted it; the main dialog takes it from there. */
export interface InterruptedResult {
  interruption: Exclude<Interruption, 'help'>;
}

export const isInterrupted = (result: unknown): result is InterruptedResult =>
  typeof result === 'object' && result !== null && 'interruption' in result;

/**
 * The base of every dialog: "help" explains and repeats the current question; "start over" and
 * "talk to a person" end the dialog and let the main dialog act on them.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    if (activity.type === 'message' && languageAskedFor(activity.text)) {
      // The bot already speaks the language asked for this turn; the question in progress is asked again in it.
      await innerDc.context.sendActivity(inLanguage(innerDc.context, mainMenuTexts).switched);
      await askAgainIn(innerDc, languageOf(innerDc.context));
      return { status: DialogTurnStatus.waiting };
    }
    if (activity.type === 'message' && !activity.text?.trim() && activity.value !== undefined && waitingDialogId(innerDc) !== PromptIds.actions) {
      // A button on a card answered earlier (the collection actions' Done) is no answer to this question: ask it again.
      await askAgainIn(innerDc, languageOf(innerDc.context));
      return { status: DialogTurnStatus.waiting };
    }
    const interruption = activity.type === 'message' ? detectInterruption(activity.text) : undefined;
    if (interruption) {
      const handled = await this.interrupt(innerDc, interruption);
      if (handled) return handled;
    }
    return super.onContinueDialog(innerDc);
  }

  protected async interrupt(innerDc: DialogContext, interruption: Interruption): Promise<DialogTurnResult | undefined> {
    if (interruption === 'help') {
      await innerDc.context.sendActivity(helpFor(innerDc.context.activity.channelId, inLanguage(innerDc.context, mainMenuTexts)));
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    await innerDc.cancelAllDialogs();
    const result: InterruptedResult = { interruption };
    return { status: DialogTurnStatus.complete, result };
  }
}
