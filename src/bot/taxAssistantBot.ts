import { ActivityHandler } from 'botbuilder';
import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { runDialog } from 'botbuilder-dialogs';
import type { DialogState } from 'botbuilder-dialogs';
import { FaqResponder } from '../../dialogs/faqResponder.js';
import type { FaqFollowUp, QuestionAnswerer } from '../../dialogs/faqResponder.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import type { OfferedList } from '../../dialogs/mainDialog.js';
import { GREETING_WORDS, greetingText } from '../../dialogs/mainMenu.js';
import type { KnowledgeLog } from '../kb/knowledgeLog.js';
import { systemClock } from '../nlu/clock.js';
import type { Clock } from '../nlu/clock.js';

/** Teams adds only the bot when a user installs the app in personal scope: that is the moment to welcome them. */
function isTeamsPersonalInstall(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  return channelId === 'msteams' && conversation.conversationType === 'personal';
}

/**
 * The assistant's turn handler: greets once per conversation (on the first message where the
 * channel sends no conversationUpdate, as SMS), runs the main dialog, and commits state before
 * the turn ends.
 */
export class TaxAssistantBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly greeted: StatePropertyAccessor<boolean>;
  readonly mainDialog: MainDialog;

  constructor(
    private readonly conversationState: BotState,
    private readonly userState: BotState,
    knowledge: QuestionAnswerer,
    knowledgeLog: KnowledgeLog,
    clock: Clock = systemClock,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.greeted = conversationState.createProperty<boolean>('greeted');
    const faq = new FaqResponder(knowledge, knowledgeLog, conversationState.createProperty<FaqFollowUp | undefined>('faqFollowUp'));
    this.mainDialog = new MainDialog(conversationState.createProperty<OfferedList>('offeredList'), faq, clock, knowledge);

    this.onMembersAdded(async (context, next) => {
      const someoneElse = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (someoneElse || isTeamsPersonalInstall(context)) await this.greetOnce(context, { withMenu: true });
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      if (isTeamsPersonalInstall(context)) await this.greetOnce(context, { withMenu: true });
      await next();
    });

    this.onMessage(async (context, next) => {
      const justGreeted = await this.greetOnce(context, { withMenu: false });
      if (justGreeted && GREETING_WORDS.test(context.activity.text?.trim() ?? '')) {
        await this.mainDialog.showMenu(context);
      } else {
        await runDialog(this.mainDialog, context, this.dialogState);
      }
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.greetOnce(context, { withMenu: true });
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** Sends the greeting unless this conversation already had it; true when it was sent now. */
  private async greetOnce(context: TurnContext, options: { withMenu: boolean }): Promise<boolean> {
    if (await this.greeted.get(context, false)) return false;
    await this.greeted.set(context, true);
    await context.sendActivity(greetingText);
    if (options.withMenu) await this.mainDialog.showMenu(context);
    return true;
  }
}
