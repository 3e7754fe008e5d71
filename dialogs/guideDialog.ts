import { ChoicePrompt } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { guideEntryMessage } from '../src/render/answerMessages.js';
import { nextStepsMessage } from '../src/render/nextStepsMessage.js';
import type { NextSteps } from '../src/render/nextStepsMessage.js';
import type { KnowledgeEntry } from '../src/kb/schema.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { choicePromptOptions, chosenIndex } from './choicePromptOptions.js';
import type { PromptChoice } from './choicePromptOptions.js';
import { PromptIds } from './dialogIds.js';
import { languageOf } from './conversationLanguage.js';
import { promptInLanguage } from './promptLanguage.js';
import type { Language } from '../src/lib/language.js';

/** The knowledge a guide quotes, by entry id: English, and the Spanish versions when there are any. */
export interface GuideKnowledge {
  entry(id: string): KnowledgeEntry | undefined;
  readonly spanish?: { readonly answerer: { entry(id: string): KnowledgeEntry | undefined } };
}

/** What a finished guide returns, so the main dialog offers "talk to a person" once. */
export interface GuideFinished {
  guideFinished: true;
}

export const isGuideFinished = (result: unknown): result is GuideFinished =>
  typeof result === 'object' && result !== null && 'guideFinished' in result;

/** A question a guide asks in one language: its choices, and what to say when the answer picks none. */
export interface GuideQuestion {
  question: string;
  choices: readonly PromptChoice[];
  retry?: string;
}

/** A choice a guide offers, with the key its code acts on. */
export interface KeyedChoice<Key extends string> extends PromptChoice {
  key: Key;
}

/**
 * The shape every guided conversation shares: questions with choices for the channel, knowledge
 * entries quoted with their source, and an ending that says what to do next and by when.
 */
export abstract class GuideDialog extends CancelAndHelpDialog {
  constructor(
    dialogId: string,
    protected readonly knowledge: GuideKnowledge,
  ) {
    super(dialogId);
    this.addDialog(new ChoicePrompt(PromptIds.choice));
  }

  /** Asks a question with choices in the conversation's language (kept in each, for a switch mid-question). */
  protected ask(step: WaterfallStepContext, asked: (language: Language) => GuideQuestion): Promise<DialogTurnResult> {
    return promptInLanguage(step, PromptIds.choice, (language) => {
      const { question, choices, retry } = asked(language);
      return choicePromptOptions(step.context.activity.channelId, question, choices, retry, language);
    });
  }

  /** The key of the choice the last prompt found. */
  protected chosen<Key extends string>(step: WaterfallStepContext, choices: readonly KeyedChoice<Key>[]): Key | undefined {
    const index = chosenIndex(step.result);
    return index === undefined ? undefined : choices[index]?.key;
  }

  /** Quotes a knowledge entry, with its source, in the conversation's language when it has that version. */
  protected async quote(step: WaterfallStepContext, entryId: string): Promise<void> {
    const spanish = languageOf(step.context) === 'es' ? this.knowledge.spanish?.answerer.entry(entryId) : undefined;
    const entry = spanish ?? this.knowledge.entry(entryId);
    if (!entry) throw new Error(`Knowledge entry "${entryId}" is missing`);
    await step.context.sendActivity(guideEntryMessage(step.context.activity.channelId, entry));
  }

  protected async finishGuide(step: WaterfallStepContext, summary: NextSteps): Promise<DialogTurnResult> {
    await step.context.sendActivity(nextStepsMessage(step.context.activity.channelId, summary, languageOf(step.context)));
    const finished: GuideFinished = { guideFinished: true };
    return step.endDialog(finished);
  }
}
