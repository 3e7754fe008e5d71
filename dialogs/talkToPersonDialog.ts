import { ChoicePrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { drsContacts } from '../src/kb/contacts.js';
import { infoCard } from '../src/render/render.js';
import type { HandoffDesk } from './handoffDesk.js';
import type { Clock } from '../src/lib/clock.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { choicePromptOptions, chosenIndex, yesNo, yesNoAnswer, yesNoNotSure } from './choicePromptOptions.js';
import { recallFacts } from './conversationFacts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { HandoffIntakeDialog } from './handoffIntakeDialog.js';
import type { IntakeOptions } from './handoffIntakeDialog.js';
import { PriorityOneDialog } from './priorityOneDialog.js';

const COLLECTION_QUESTION =
  'Before I point you to the right people, one question. A DRS collection action is a payment plan, bank levy, wage garnishment, lien or offer of compromise. Is this about one that COVID-19 made hard for you to keep up with?';

export const generalContactText = [
  `Call DRS at ${drsContacts.phone} (${drsContacts.phoneNote}) or ${drsContacts.tollFree} (${drsContacts.tollFreeNote}).`,
  `Email: ${drsContacts.email}`,
  'Have your notice in front of you when you call.',
].join('\n\n');

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
    return step.prompt(
      PromptIds.choice,
      choicePromptOptions(step.context.activity.channelId, COLLECTION_QUESTION, yesNoNotSure, 'Please answer Yes, No or Not sure.'),
    );
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (yesNoAnswer(chosenIndex(step.result)) !== 'no') return step.beginDialog(DialogIds.priorityOne, { computed: await recallFacts(step.context) });
    await step.context.sendActivity({ attachments: [infoCard('Contact DRS', generalContactText)] });
    return step.prompt(PromptIds.choice, choicePromptOptions(step.context.activity.channelId, 'Or would you like a DRS representative to contact you?', yesNo));
  }

  private async offerHandoff(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const index = chosenIndex(step.result);
    if (index === undefined) return step.endDialog(step.result);
    if (index !== 0) return step.endDialog();
    const intake: IntakeOptions = { draft: { kind: 'general', eligible: false, collectionActions: [] } };
    return step.beginDialog(DialogIds.handoffIntake, intake);
  }
}
