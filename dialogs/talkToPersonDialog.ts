import { ChoicePrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { choicePromptOptions, yesNoNotSure } from './choicePromptOptions.js';
import type { FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { drsContacts, priorityOneContacts } from '../src/contacts.js';
import { infoCard } from '../src/channels/render.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { DialogIds, PromptIds } from './dialogIds.js';

const COLLECTION_QUESTION =
  'Before I point you to the right people: is this about a DRS collection action (a payment plan, bank levy, wage garnishment, lien or offer of compromise) that COVID-19 made hard for you to keep up with?';

export const priorityOneContactText = [
  `The DRS Priority One team helps taxpayers under a collection action who were affected by COVID-19.`,
  `Priority One Hotline: ${priorityOneContacts.phone} (${priorityOneContacts.hours}). ${priorityOneContacts.voicemail}`,
  `Email: ${priorityOneContacts.email}`,
  `This is DRS guidance in effect as of ${priorityOneContacts.guidanceDate}; the program may have changed since, so confirm with DRS.`,
].join('\n\n');

export const generalContactText = [
  `Call DRS at ${drsContacts.phone} (${drsContacts.phoneNote}) or ${drsContacts.tollFree} (${drsContacts.tollFreeNote}).`,
  `Email: ${drsContacts.email}`,
  'Have your notice in front of you when you call.',
].join('\n\n');

/** "Talk to a person": points to Priority One when it may apply, otherwise to DRS's general contacts. */
export class TalkToPersonDialog extends CancelAndHelpDialog {
  constructor() {
    super(DialogIds.talkToPerson);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(new WaterfallDialog(DialogIds.talkToPersonFlow, [this.askAboutCollection.bind(this), this.pointToContacts.bind(this)]));
    this.initialDialogId = DialogIds.talkToPersonFlow;
  }

  private async askAboutCollection(step: WaterfallStepContext) {
    return step.prompt(
      PromptIds.choice,
      choicePromptOptions(step.context.activity.channelId, COLLECTION_QUESTION, yesNoNotSure, 'Please answer Yes, No or Not sure.'),
    );
  }

  private async pointToContacts(step: WaterfallStepContext) {
    const answer = (step.result as FoundChoice).value;
    if (answer === 'Yes') {
      await step.context.sendActivity({ attachments: [infoCard('Priority One Taxpayer Assistance Program', priorityOneContactText)] });
    } else {
      await step.context.sendActivity({ attachments: [infoCard('Contact DRS', generalContactText)] });
    }
    return step.endDialog();
  }
}
