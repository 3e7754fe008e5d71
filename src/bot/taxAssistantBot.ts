import { ActivityHandler, HandoffEventNames } from 'botbuilder';
import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { runDialog } from 'botbuilder-dialogs';
import type { DialogState } from 'botbuilder-dialogs';
import { FaqResponder } from '../../dialogs/faqResponder.js';
import type { FaqFollowUp, QuestionAnswerer } from '../../dialogs/faqResponder.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import type { OfferedList } from '../../dialogs/mainDialog.js';
import { GREETING_WORDS, mainMenuTexts } from '../../dialogs/mainMenu.js';
import { inLanguage } from '../../dialogs/conversationLanguage.js';
import type { KnowledgeLog } from '../kb/ports.js';
import type { SatisfactionLog } from '../satisfaction/ports.js';
import { SatisfactionSurvey } from '../../dialogs/satisfactionSurvey.js';
import type { PendingSurvey } from '../../dialogs/satisfactionSurvey.js';
import { FACTS_KEY } from '../../dialogs/conversationFacts.js';
import type { HandoffMode } from '../../dialogs/dialogOutcomes.js';
import { handoffTexts, saysQueueCommand } from '../../dialogs/handoffTexts.js';
import type { Computed } from '../handoff/caseSummary.js';
import type { TaxpayerNoticeMode } from '../handoff/ports.js';
import type { HandoffDesk } from '../../dialogs/handoffDesk.js';
import { noHub } from './handoffHub.js';
import { keepOnlyThisTurnsLists } from './latestLists.js';
import type { HubCheck } from './handoffHub.js';
import { systemClock } from '../lib/clock.js';
import type { Clock } from '../lib/clock.js';
import { ConversationLanguage, pageLanguageEvent } from './languageChoice.js';
import { numberWasRemoved, redactionNotice } from './redactInbound.js';
import { redactionNoticeEs } from './redactInbound.es.js';
import type { LanguageChoice } from './languageChoice.js';

/** What the web page sends when the taxpayer starts a new conversation, leaving this one. */
export const LEFT_EVENT = 'webchat/leave';

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
  private readonly facts: StatePropertyAccessor<Computed>;
  private readonly handoffMode: StatePropertyAccessor<HandoffMode | undefined>;
  /** The lists a reply by number can pick from: the menu, the last answer's follow-ups and the survey's question. */
  private readonly rememberedLists: readonly StatePropertyAccessor<unknown>[];
  private readonly survey: SatisfactionSurvey;
  private readonly language: ConversationLanguage;
  readonly mainDialog: MainDialog;

  constructor(
    private readonly conversationState: BotState,
    private readonly userState: BotState,
    knowledge: QuestionAnswerer,
    knowledgeLog: KnowledgeLog,
    private readonly clock: Clock = systemClock,
    private readonly desk: HandoffDesk,
    private readonly isFromHub: HubCheck = noHub,
    satisfactionLog: SatisfactionLog,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.greeted = conversationState.createProperty<boolean>('greeted');
    this.facts = conversationState.createProperty<Computed>('facts');
    this.handoffMode = conversationState.createProperty<HandoffMode | undefined>('handoffMode');
    this.language = new ConversationLanguage(conversationState.createProperty<LanguageChoice | undefined>('language'), knowledge.spanish?.isSpanish);
    const followUp = conversationState.createProperty<FaqFollowUp | undefined>('faqFollowUp');
    const offeredList = conversationState.createProperty<OfferedList>('offeredList');
    this.survey = new SatisfactionSurvey(
      satisfactionLog,
      conversationState.createProperty<PendingSurvey | undefined>('pendingSurvey'),
      conversationState.createProperty<string[]>('surveyed'),
    );
    this.rememberedLists = [followUp, offeredList, this.survey.pending];
    const faq = new FaqResponder(knowledge, knowledgeLog, followUp, this.survey);
    this.mainDialog = new MainDialog(offeredList, faq, clock, knowledge, desk, this.handoffMode);

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
      if (await this.relayToCase(context)) return next();
      if (await this.survey.answer(context)) return next();
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
      if (context.activity.name === HandoffEventNames.HandoffStatus) await this.handoffStatus(context);
      if (context.activity.name === LEFT_EVENT) await this.leftPage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    context.turnState.set(FACTS_KEY, this.facts);
    keepOnlyThisTurnsLists(context, this.rememberedLists);
    await this.language.beginTurn(context);
    if (numberWasRemoved(context)) await context.sendActivity(inLanguage(context, { en: redactionNotice, es: redactionNoticeEs }));
    await super.run(context);
    await this.language.endTurn(context);
    const languageEvent = pageLanguageEvent(context);
    if (languageEvent) await context.sendActivity(languageEvent);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /**
   * A proactive turn from the console: says `text` to the taxpayer and either keeps the
   * conversation with the case (`handoff`), returns it to the assistant (`end`), or, for a queue
   * update (`notice`), says it only while the conversation is with that case.
   */
  async fromRepresentative(context: TurnContext, handoff: { caseId: string; caseNumber: string }, text: string, mode: TaxpayerNoticeMode): Promise<void> {
    // A queue update is only for a taxpayer still waiting in this chat, not one back with the assistant.
    if (mode === 'notice' && (await this.handoffMode.get(context))?.caseId !== handoff.caseId) return;
    if (mode === 'end') await this.handoffMode.delete(context);
    else if (mode === 'handoff') await this.handoffMode.set(context, { ...handoff, acknowledged: true });
    keepOnlyThisTurnsLists(context, this.rememberedLists);
    await this.language.beginTurn(context);
    await context.sendActivity(text);
    if (mode === 'end') await this.survey.offer(context, { kind: 'case', caseId: handoff.caseId });
    await this.conversationState.saveChanges(context, false);
  }

  /** The page's "Start a new conversation": nobody reads this one any more, so a live case is told they left. */
  private async leftPage(context: TurnContext): Promise<void> {
    const mode = await this.handoffMode.get(context);
    if (!mode) return;
    await this.handoffMode.delete(context);
    const status = await this.desk.status(mode.caseId);
    if (status === 'queued' || status === 'active') await this.desk.taxpayerLeft(mode.caseId, 'newConversation');
  }

  /**
   * In hand-off mode the taxpayer's messages go to the case, not to dialogs, until the case is
   * closed or they ask to go back to the assistant. True when the message was handled here.
   */
  private async relayToCase(context: TurnContext): Promise<boolean> {
    const mode = await this.handoffMode.get(context);
    if (!mode) return false;
    const status = await this.desk.status(mode.caseId);
    if (status !== 'queued' && status !== 'active') {
      await this.handoffMode.delete(context);
      return false;
    }
    const text = context.activity.text?.trim() ?? '';
    const texts = inLanguage(context, handoffTexts);
    if (saysQueueCommand(text, 'endChat')) {
      await this.handoffMode.delete(context);
      await this.desk.taxpayerLeft(mode.caseId);
      await context.sendActivity(texts.backToAssistant(mode.caseNumber));
      await this.mainDialog.showMenu(context);
      return true;
    }
    if (status === 'queued' && saysQueueCommand(text, 'withdraw')) {
      if (await this.desk.withdraw(mode.caseId)) {
        await this.handoffMode.delete(context);
        await context.sendActivity(texts.withdrawn(mode.caseNumber));
        await this.mainDialog.showMenu(context);
        return true;
      }
    }
    if (status === 'queued' && saysQueueCommand(text, 'callback') && (await this.desk.requestCallback(mode.caseId))) {
      await this.handoffMode.delete(context);
      await context.sendActivity(texts.callback(mode.caseNumber));
      await this.mainDialog.showMenu(context);
      return true;
    }
    if (saysQueueCommand(text, 'howLong')) {
      const standing = await this.desk.standing(mode.caseId);
      if (standing) {
        await context.sendActivity(texts.standing(standing, this.clock()));
        return true;
      }
    }
    if (text) await this.desk.relayFromTaxpayer(mode.caseId, text);
    if (!mode.acknowledged) {
      await context.sendActivity(texts.addedToCase(mode.caseNumber));
      await this.handoffMode.set(context, { ...mode, acknowledged: true });
    }
    return true;
  }

  /**
   * A trusted contact-centre hub reports on the hand-off: the case follows and the taxpayer is told.
   * From anyone else, unknown states and conversations without an open case: nothing changes.
   */
  private async handoffStatus(context: TurnContext): Promise<void> {
    if (!this.isFromHub(context)) return;
    const state = (context.activity.value as { state?: unknown } | undefined)?.state;
    const change = typeof state === 'string' ? await this.desk.statusEvent(context.activity.conversation.id, state, context.activity.channelId) : undefined;
    if (!change) return;
    if (change.status === 'closed' || change.status === 'failed') await this.handoffMode.delete(context);
    await context.sendActivity(inLanguage(context, handoffTexts).statusChange(change));
    if (change.status === 'closed') await this.survey.offer(context, { kind: 'case', caseId: change.caseId });
  }

  /** Sends the greeting unless this conversation already had it; true when it was sent now. */
  private async greetOnce(context: TurnContext, options: { withMenu: boolean }): Promise<boolean> {
    if (await this.greeted.get(context, false)) return false;
    await this.greeted.set(context, true);
    await context.sendActivity(inLanguage(context, mainMenuTexts).greeting);
    if (options.withMenu) await this.mainDialog.showMenu(context);
    return true;
  }
}
