import { ChoicePrompt, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { choicesMessage } from '../src/render/render.js';
import { COLLECTION_ACTIONS, computedSchema } from '../src/handoff/caseSummary.js';
import type { CollectionAction } from '../src/handoff/caseSummary.js';
import { priorityOneEligibility } from '../src/handoff/eligibility.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { choicePromptOptions, chosenIndex, yesNoAnswer, yesNoNotSureIn } from './choicePromptOptions.js';
import type { YesNoNotSure } from './choicePromptOptions.js';
import { ACTIONS_INPUT, actionChoicesIn, actionNamesIn, actionTitlesIn, actionsIn, answeredOnCard, readActionsAnswer } from './collectionActions.js';
import { inLanguage, languageOf } from './conversationLanguage.js';
import { priorityOneTexts } from './priorityOneTexts.js';
import type { Language } from '../src/lib/language.js';
import { pickSeveralCard } from '../src/render/pickSeveralCard.js';
import { recallFacts } from './conversationFacts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { promptInLanguage } from './promptLanguage.js';
import { HandoffIntakeDialog } from './handoffIntakeDialog.js';
import type { IntakeOptions } from './handoffIntakeDialog.js';
import type { HandoffDesk } from './handoffDesk.js';
import type { Clock } from '../src/lib/clock.js';
import { dialogOptions, stepValues } from './stepState.js';

export const priorityOneOptionsSchema = z.object({
  /** Collection actions the conversation already named. */
  actions: z.array(z.enum(COLLECTION_ACTIONS)).optional(),
  computed: computedSchema.optional(),
  /** The message or answer title that started the screening; actions it names count as named. */
  text: z.string().optional(),
});
export type PriorityOneOptions = z.infer<typeof priorityOneOptionsSchema>;

/** The answers so far. */
interface ScreeningValues {
  type: 'individual' | 'business';
  chosen: CollectionAction[];
}

/** When a screening ends without a case: why, so the main dialog can offer what fits instead. */
export interface NotEligibleResult {
  notEligible: string;
}

/** The actions' names, joined; undefined for none. */
const namesOf = (actions: readonly CollectionAction[], language: Language) => (actions.length > 0 ? actions.map((action) => actionNamesIn[language][action]).join(', ') : undefined);

/** How many actions the conversation named before the question: typed "listo" keeps just those. */
const mentionedSchema = z.object({ mentioned: z.number() });
const mentionedBefore = (validations: unknown) => mentionedSchema.safeParse(validations).data?.mentioned ?? 0;

/**
 * Priority One screening: individual or business, the collection actions that apply now, and
 * whether COVID-19 affected keeping up with them. Eligible taxpayers go on to the hand-off.
 */
export class PriorityOneDialog extends CancelAndHelpDialog {
  constructor(desk: HandoffDesk, clock: Clock) {
    super(DialogIds.priorityOne);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(
        new TextPrompt(PromptIds.actions, async (prompt: PromptValidatorContext<string>) => {
          const answer = readActionsAnswer(prompt.context.activity);
          return answer !== undefined && (answer === 'none' || answer.length > 0 || mentionedBefore(prompt.options.validations) > 0);
        }),
      )
      .addDialog(new HandoffIntakeDialog(desk, clock))
      .addDialog(
        new WaterfallDialog(DialogIds.priorityOneFlow, [
          this.askType.bind(this),
          this.askActions.bind(this),
          this.askCovid.bind(this),
          this.decide.bind(this),
          (step) => step.endDialog(step.result),
        ]),
      );
    this.initialDialogId = DialogIds.priorityOneFlow;
  }

  private options(step: WaterfallStepContext): PriorityOneOptions {
    return dialogOptions(step, priorityOneOptionsSchema);
  }

  private async askType(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const texts = inLanguage(step.context, priorityOneTexts);
    options.actions ??= actionsIn(options.text ?? '');
    await step.context.sendActivity(texts.intro(namesOf(options.actions, languageOf(step.context))));
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.choice, (language) =>
      choicePromptOptions(channelId, priorityOneTexts[language].typeQuestion, priorityOneTexts[language].types, undefined, language),
    );
  }

  private async askActions(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    stepValues<ScreeningValues>(step).type = chosenIndex(step.result) === 1 ? 'business' : 'individual';
    const { channelId } = step.context.activity;
    const ticked = options.actions ?? [];
    const validations = { mentioned: ticked.length };
    return promptInLanguage(step, PromptIds.actions, (language) => {
      const texts = priorityOneTexts[language];
      const mentioned = namesOf(ticked, language);
      if (channelId === 'sms') {
        const titles = [...actionTitlesIn[language]];
        return {
          prompt: choicesMessage(channelId, texts.smsActionsQuestion(mentioned), titles, language),
          retryPrompt: choicesMessage(channelId, texts.smsActionsRetry, titles, language),
          validations,
        };
      }
      const choices = actionChoicesIn[language];
      return {
        prompt: pickSeveralCard(texts.cardActionsQuestion(mentioned), ACTIONS_INPUT, choices, ticked, language),
        retryPrompt: pickSeveralCard(texts.cardActionsRetry, ACTIONS_INPUT, choices, ticked, language),
        validations,
      };
    });
  }

  private async askCovid(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const language = languageOf(step.context);
    const texts = priorityOneTexts[language];
    const said = readActionsAnswer(step.context.activity);
    const named = said === 'none' || !said ? [] : said;
    // Ticked on the card, the mentioned actions were shown ticked: what is left ticked is the answer.
    const onCard = answeredOnCard(step.context.activity);
    const mentioned = onCard ? [] : (options.actions ?? []);
    const chosen = [...new Set([...mentioned, ...named])];
    stepValues<ScreeningValues>(step).chosen = chosen;
    // A card answer has no words of its own: say what was ticked, for the taxpayer and the transcript.
    if (onCard) await step.context.sendActivity(texts.chose(namesOf(chosen, language) ?? texts.noneChosen));
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.choice, (asked) => choicePromptOptions(channelId, priorityOneTexts[asked].covidQuestion, yesNoNotSureIn[asked], undefined, asked));
  }

  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { type, chosen: collectionActions = [] } = stepValues<ScreeningValues>(step);
    const covidImpact: YesNoNotSure = yesNoAnswer(chosenIndex(step.result));
    const verdict = priorityOneEligibility({ collectionActions, covidImpact });
    const texts = inLanguage(step.context, priorityOneTexts);
    if (!verdict.eligible) {
      const result: NotEligibleResult = { notEligible: texts.notEligible[verdict.reason] };
      return step.endDialog(result);
    }
    await step.context.sendActivity(texts.mayHelp);
    const intake: IntakeOptions = {
      draft: { kind: 'priorityOne', eligible: true, collectionActions, covidImpact, ...(type ? { taxpayerType: type } : {}), computed: this.options(step).computed ?? (await recallFacts(step.context)) },
    };
    return step.beginDialog(DialogIds.handoffIntake, intake);
  }
}
