import { ChoicePrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { infoCard } from '../src/render/render.js';
import type { HandoffDesk } from './handoffDesk.js';
import type { Clock } from '../src/lib/clock.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { choicePromptOptions, chosenIndex, yesNoAnswer, yesNoIn, yesNoNotSureIn } from './choicePromptOptions.js';
import { recallFacts } from './conversationFacts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { promptInLanguage } from './promptLanguage.js';
import { HandoffIntakeDialog } from './handoffIntakeDialog.js';
import type { IntakeOptions } from './handoffIntakeDialog.js';
import { PriorityOneDialog } from './priorityOneDialog.js';
import { talkToPersonTexts } from './talkToPersonTexts.js';

/** "Talk to a person": Priority One screening when it may apply; otherwise DRS's contacts and a hand-off. */
export class TalkToPersonDialog extends CancelAndHelpDialog {
  constructor(desk: HandoffDesk, clock: Clock) {
    super(DialogIds.talkToPerson);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(new PriorityOneDialog(desk, clock))
      .addDialog(new HandoffIntakeDialog(desk, clock))
      .addDialog(
        new WaterfallDialog(DialogIds.talkToPersonFlow, [
          this.askAboutCollection.bind(this),
          this.route.bind(this),
          this.offerHandoff.bind(this),
          (step) => step.endDialog(step.result),
        ]),
      );
    this.initialDialogId = DialogIds.talkToPersonFlow;
  }

  private async askAboutCollection(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.choice, (language) => {
      const texts = talkToPersonTexts[language];
      return choicePromptOptions(channelId, texts.collectionQuestion, yesNoNotSureIn[language], texts.collectionRetry, language);
    });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (yesNoAnswer(chosenIndex(step.result)) !== 'no') return step.beginDialog(DialogIds.priorityOne, { computed: await recallFacts(step.context) });
    const language = languageOf(step.context);
    const texts = talkToPersonTexts[language];
    await step.context.sendActivity({ attachments: [infoCard(texts.contactTitle, texts.generalContact)] });
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.choice, (asked) => choicePromptOptions(channelId, talkToPersonTexts[asked].wantContact, yesNoIn[asked], undefined, asked));
  }

  private async offerHandoff(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const index = chosenIndex(step.result);
    if (index === undefined) return step.endDialog(step.result);
    if (index !== 0) return step.endDialog();
    const intake: IntakeOptions = { draft: { kind: 'general', eligible: false, collectionActions: [] } };
    return step.beginDialog(DialogIds.handoffIntake, intake);
  }
}
