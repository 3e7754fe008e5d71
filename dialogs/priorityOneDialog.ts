import { ChoicePrompt, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { choicesMessage } from '../src/render/render.js';
import { COLLECTION_ACTIONS, collectionActionNames, computedSchema } from '../src/handoff/caseSummary.js';
import type { CollectionAction } from '../src/handoff/caseSummary.js';
import { priorityOneEligibility } from '../src/handoff/eligibility.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { choicePromptOptions, chosenIndex, yesNoAnswer, yesNoNotSure } from './choicePromptOptions.js';
import type { YesNoNotSure } from './choicePromptOptions.js';
import { ACTIONS_INPUT, actionChoices, actionTitles, actionsIn, answeredOnCard, readActionsAnswer } from './collectionActions.js';
import { pickSeveralCard } from '../src/render/pickSeveralCard.js';
import { recallFacts } from './conversationFacts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
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

const TYPES = [
  { value: 'Individual', synonyms: ['me', 'myself', 'personal', 'individual taxpayer', 'person'] },
  { value: 'Business', synonyms: ['my business', 'company', 'employer', 'store', 'llc'] },
];

const namesOf = (actions: CollectionAction[]) => actions.map((action) => collectionActionNames[action]).join(', ');

const ACTIONS_QUESTION = 'Which DRS collection actions apply to you now?';
const SMS_ACTIONS_HINT = 'You can reply with more than one number, such as 1 and 3.';
const CARD_RETRY = 'Please tick every action that applies (or "None of these"), then choose Done. You can also type them, such as "bank levy and lien".';

/**
 * Priority One screening: individual or business, the collection actions that apply now, and
 * whether COVID-19 affected keeping up with them. Eligible taxpayers go on to the hand-off.
 */
export class PriorityOneDialog extends CancelAndHelpDialog {
  constructor(desk: HandoffDesk, clock: Clock) {
    super(DialogIds.priorityOne);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(
        new TextPrompt(PromptIds.actions, async (prompt: PromptValidatorContext<string>) => readActionsAnswer(prompt.context.activity) !== undefined),
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
    options.actions ??= actionsIn(options.text ?? '');
    const mentioned = options.actions.length ? `You mentioned: ${namesOf(options.actions)}. ` : '';
    await step.context.sendActivity(
      `${mentioned}Priority One helps individuals and businesses under a DRS collection action who were affected by COVID-19. I will ask three quick questions to see whether it may apply to you; DRS decides each case. (DRS guidance as of April 17, 2020; confirm with DRS.)`,
    );
    return step.prompt(PromptIds.choice, choicePromptOptions(step.context.activity.channelId, 'Are you asking as an individual or for a business?', TYPES));
  }

  private async askActions(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    stepValues<ScreeningValues>(step).type = chosenIndex(step.result) === 1 ? 'business' : 'individual';
    const { channelId } = step.context.activity;
    const known = options.actions?.length ? ` You mentioned: ${namesOf(options.actions)}; add any others.` : '';
    if (channelId === 'sms') {
      return step.prompt(PromptIds.actions, {
        prompt: choicesMessage(channelId, `${ACTIONS_QUESTION} Choose all that apply.${known} ${SMS_ACTIONS_HINT}`, actionTitles),
        retryPrompt: choicesMessage(channelId, `Please choose from the list (or "None of these"). ${SMS_ACTIONS_HINT}`, actionTitles),
      });
    }
    const ticked = options.actions ?? [];
    return step.prompt(PromptIds.actions, {
      prompt: pickSeveralCard(`${ACTIONS_QUESTION}${known}`, ACTIONS_INPUT, actionChoices, ticked),
      retryPrompt: pickSeveralCard(CARD_RETRY, ACTIONS_INPUT, actionChoices, ticked),
    });
  }

  private async askCovid(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const said = readActionsAnswer(step.context.activity);
    const named = said === 'none' || !said ? [] : said;
    // Ticked on the card, the mentioned actions were shown ticked: what is left ticked is the answer.
    const onCard = answeredOnCard(step.context.activity);
    const mentioned = onCard ? [] : (options.actions ?? []);
    const chosen = [...new Set([...mentioned, ...named])];
    stepValues<ScreeningValues>(step).chosen = chosen;
    // A card answer has no words of its own: say what was ticked, for the taxpayer and the transcript.
    if (onCard) await step.context.sendActivity(`You chose: ${chosen.length > 0 ? namesOf(chosen) : 'none of these'}.`);
    const question = 'Did COVID-19 affect your ability to keep up with it, for example through lost income, illness or a closed business?';
    return step.prompt(PromptIds.choice, choicePromptOptions(step.context.activity.channelId, question, yesNoNotSure));
  }

  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { type, chosen: collectionActions = [] } = stepValues<ScreeningValues>(step);
    const covidImpact: YesNoNotSure = yesNoAnswer(chosenIndex(step.result));
    const verdict = priorityOneEligibility({ collectionActions, covidImpact });
    if (!verdict.eligible) {
      const result: NotEligibleResult = { notEligible: verdict.explanation };
      return step.endDialog(result);
    }
    await step.context.sendActivity('From your answers, Priority One may apply to you. DRS decides each case, and this program is from its guidance as of April 17, 2020. I can pass your case to a DRS representative now.');
    const intake: IntakeOptions = {
      draft: { kind: 'priorityOne', eligible: true, collectionActions, covidImpact, ...(type ? { taxpayerType: type } : {}), computed: this.options(step).computed ?? (await recallFacts(step.context)) },
    };
    return step.beginDialog(DialogIds.handoffIntake, intake);
  }
}
