import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { choicesMessage } from '../src/render/render.js';
import { CancelAndHelpDialog, isInterrupted } from './cancelAndHelpDialog.js';
import { pickChoice } from './choicePicking.js';
import { DialogIds, knowledgeDialog } from './dialogIds.js';
import type { FaqOutcome, FaqResponder } from './faqResponder.js';
import { detectInterruption } from './interruptions.js';
import type { Interruption } from './interruptions.js';
import { GREETING_WORDS, helpFor, mainMenuTexts } from './mainMenu.js';
import { chooseLanguage, inLanguage, languageAskedFor, languageOf } from './conversationLanguage.js';
import { guidedDialogs } from './guidedDialogs.js';
import { followOutcome } from './dialogOutcomes.js';
import type { HandoffMode } from './dialogOutcomes.js';
import type { HandoffDesk } from './handoffDesk.js';
import type { GuideKnowledge } from './guideDialog.js';
import { isPriorityOneSituation, requestedGuide } from './guideIntent.js';
import { calculatorFor } from './calculatorIntent.js';
import { isAboutAnotherTaxOffice, isOutsideCollections } from '../src/kb/scope.js';
import type { Clock } from '../src/lib/clock.js';
import { dialogOptions } from './stepState.js';

/** Messages longer than this get a polite request to shorten them. */
export const MAX_QUESTION_LENGTH = 2000;

/** A reply that is only a number ("6", "2."), as typed to pick from a numbered list. */
const BARE_NUMBER = /^\d{1,2}[.)]?$/;

/** The main flow starts a dialog straight away when an interruption ("talk to a person") names one. */
const mainOptionsSchema = z.object({ start: z.string().optional() });

/** Which list the user last saw, so a bare number ("3") can be read as a choice. */
export type OfferedList = 'menu' | 'none';

/**
 * The root dialog: routes each message to the buttons of the last answer, the menu, a topic, a
 * knowledge answer, a guided dialog or the honest fallback, and takes over when a guided dialog
 * was interrupted.
 */
export class MainDialog extends CancelAndHelpDialog {
  constructor(
    private readonly offered: StatePropertyAccessor<OfferedList>,
    private readonly faq: FaqResponder,
    private readonly clock: Clock,
    knowledge: GuideKnowledge,
    desk: HandoffDesk,
    private readonly handoffMode: StatePropertyAccessor<HandoffMode | undefined>,
  ) {
    super(DialogIds.main);
    for (const dialog of guidedDialogs(knowledge, desk, clock)) this.addDialog(dialog);
    this.addDialog(new WaterfallDialog(DialogIds.mainFlow, [this.route.bind(this), this.afterGuidedDialog.bind(this), this.afterGuidedDialog.bind(this)]));
    this.initialDialogId = DialogIds.mainFlow;
  }

  /** Sends the menu as buttons (Web Chat), a card (Teams) or a numbered list (SMS), in the conversation's language. */
  async showMenu(context: TurnContext, text?: string): Promise<void> {
    const texts = inLanguage(context, mainMenuTexts);
    await context.sendActivity(choicesMessage(context.activity.channelId, text ?? texts.menuPrompt, texts.menuChoices.map((choice) => choice.value), languageOf(context)));
    await this.offered.set(context, 'menu');
    await this.faq.forgetFollowUp(context);
  }

  protected override async interrupt(innerDc: DialogContext, interruption: Interruption): Promise<DialogTurnResult | undefined> {
    // Help inside a guided dialog explains and repeats its question; the rest leave the dialog.
    if (interruption === 'help') return super.interrupt(innerDc, interruption);
    await innerDc.cancelAllDialogs();
    // Inside the main flow, so what the dialog it starts ends with is followed up.
    if (interruption === 'talkToPerson') return innerDc.beginDialog(DialogIds.mainFlow, { start: DialogIds.talkToPerson });
    return this.act(innerDc, interruption);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { start } = dialogOptions(step, mainOptionsSchema);
    if (start) return step.beginDialog(start);
    const { activity } = step.context;
    const offered = await this.offered.get(step.context, 'none');
    await this.offered.set(step.context, 'none');
    const text = activity.type === 'message' ? activity.text?.trim() : undefined;
    if (!text) return this.fallback(step);
    const texts = inLanguage(step.context, mainMenuTexts);
    if (text.length > MAX_QUESTION_LENGTH) {
      await step.context.sendActivity(texts.tooLong);
      return step.endDialog();
    }
    if (languageAskedFor(text)) return this.switchedLanguage(step);
    const interruption = detectInterruption(text);
    if (interruption) return this.act(step, interruption);
    const followUp = await this.faq.continueFollowUp(step.context, text);
    if (followUp.kind !== 'notHandled') return this.afterFaq(step, followUp);
    if (GREETING_WORDS.test(text)) {
      await this.showMenu(step.context);
      return step.endDialog();
    }
    const requested = requestedGuide(text);
    if (requested) return step.beginDialog(requested, { text });
    if (isPriorityOneSituation(text)) {
      // Hard times told with a collection action: what DRS says about that action, then the screening.
      await this.faq.answerBeforeGuide(step.context, text, DialogIds.priorityOne);
      return step.beginDialog(DialogIds.priorityOne, { text });
    }
    // A topic's title in the other language works too (a Teams command, a button from earlier on).
    const otherTexts = mainMenuTexts[languageOf(step.context) === 'es' ? 'en' : 'es'];
    const choice =
      pickChoice(text, texts.menuChoices, { allowNumbers: offered === 'menu' }) ??
      pickChoice(text, otherTexts.menuChoices.filter((other) => other.topic !== 'otherLanguage'), { allowNumbers: false });
    if (choice?.topic === 'talkToPerson') return step.beginDialog(DialogIds.talkToPerson);
    if (choice?.topic === 'otherLanguage') {
      chooseLanguage(step.context, languageOf(step.context) === 'es' ? 'en' : 'es');
      return this.switchedLanguage(step);
    }
    if (choice?.topic === 'calculators') {
      await this.faq.offerActions(step.context, texts.calculatorsIntro, texts.calculators);
      return step.endDialog();
    }
    if (choice) {
      const intro = texts.topicIntros[choice.topic];
      await this.faq.offerEntries(step.context, intro.text, intro.featured, intro.guides);
      return step.endDialog();
    }
    if (BARE_NUMBER.test(text)) {
      // A number with no list on screen picks nothing; searching the answers for it would mislead.
      await this.showMenu(step.context, texts.noList(text));
      return step.endDialog();
    }
    // Another office's bill ("my town's car tax", "an IRS offer"), or a tax outside collection (capital gains), is not worked out by these rules.
    const calculator = isAboutAnotherTaxOffice(text) || isOutsideCollections(text) ? undefined : calculatorFor(text, this.clock, languageOf(step.context));
    if (calculator) return step.beginDialog(calculator, { text });
    return this.afterFaq(step, await this.faq.answerQuestion(step.context, text));
  }

  private async afterFaq(step: WaterfallStepContext, outcome: FaqOutcome): Promise<DialogTurnResult> {
    switch (outcome.kind) {
      case 'startDialog': {
        const dialogId = knowledgeDialog(outcome.action);
        return dialogId ? step.beginDialog(dialogId, { text: outcome.context ?? '' }) : this.fallback(step);
      }
      case 'talkToPerson':
        return step.beginDialog(DialogIds.talkToPerson);
      case 'menu':
        await this.showMenu(step.context);
        return step.endDialog();
      case 'fallback':
        return this.fallback(step, outcome.elsewhere);
      default:
        return step.endDialog();
    }
  }

  private async afterGuidedDialog(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isInterrupted(step.result)) return this.act(step, step.result.interruption);
    return (await followOutcome(step, this.faq, this.handoffMode)) ?? step.endDialog();
  }

  private async act(dc: DialogContext, interruption: Interruption): Promise<DialogTurnResult> {
    if (interruption === 'talkToPerson') return dc.beginDialog(DialogIds.talkToPerson);
    const texts = inLanguage(dc.context, mainMenuTexts);
    await dc.context.sendActivity(interruption === 'help' ? helpFor(dc.context.activity.channelId, texts) : texts.startOver);
    await this.showMenu(dc.context);
    return dc.endDialog();
  }

  /** The taxpayer chose a language (the bot set it for this turn): say so in it, and show the menu. */
  private async switchedLanguage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(inLanguage(step.context, mainMenuTexts).switched);
    await this.showMenu(step.context);
    return step.endDialog();
  }

  private async fallback(step: WaterfallStepContext, elsewhere = false): Promise<DialogTurnResult> {
    const texts = inLanguage(step.context, mainMenuTexts);
    await this.showMenu(step.context, elsewhere ? texts.elsewhere : texts.fallback);
    return step.endDialog();
  }
}
