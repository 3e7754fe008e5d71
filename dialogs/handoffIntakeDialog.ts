import { randomUUID } from 'node:crypto';
import { ChoicePrompt, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { computedSchema } from '../src/handoff/caseSummary.js';
import { caseSummaryMessage, computedFacts } from '../src/render/caseMessages.js';
import { choicesMessage } from '../src/render/render.js';
import type { Clock } from '../src/lib/clock.js';
import type { HandoffDesk } from './handoffDesk.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';
import { pickChoice } from './choicePicking.js';
import { caseDraftSchema, summaryOf } from './caseDraft.js';
import type { CaseDraft } from './caseDraft.js';
import { choicePromptOptions, chosenIndex, yesNoIn } from './choicePromptOptions.js';
import { readContact } from './contactReading.js';
import type { ContactProblem } from './contactReading.js';
import { recallFacts } from './conversationFacts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { promptInLanguage } from './promptLanguage.js';
import { dialogOptions } from './stepState.js';
import { handoffTexts, timeInEnglish } from './handoffTexts.js';
import type { HandoffTexts } from './handoffTexts.js';

/**
 * What the intake starts with: the case draft (from the screening or "talk to a person"); then,
 * kept with the dialog, the id that makes submitting it once, and why a contact was asked again.
 */
export const intakeOptionsSchema = z.object({
  draft: caseDraftSchema,
  intakeId: z.string().optional(),
  /** Why the contact is asked again (a `ContactProblem`), said in the conversation's language. */
  contactProblem: z.string().optional(),
  /** What the assistant worked out earlier in the chat, until the taxpayer says whether it belongs to this case. */
  earlier: computedSchema.optional(),
});
export type IntakeOptions = z.infer<typeof intakeOptionsSchema>;

/** What the intake ends with: the case, or a refusal. */
export type IntakeResult = { handoff: { caseId: string; caseNumber: string; open: boolean } } | { declined: true };

/** The re-prompt for a contact that could not be used; a reason kept from before it had a key is said as it was kept. */
const problemText = (texts: HandoffTexts, problem: string): string => (Object.hasOwn(texts.contactProblems, problem) ? texts.contactProblems[problem as ContactProblem] : problem);

/** A listed time, in the conversation's language, for a time the case keeps in English. */
const shownTime = (texts: HandoffTexts, kept: string): string => texts.times[handoffTexts.en.times.findIndex((time) => time.value === kept)]?.value ?? kept;

const textPrompt = (id: string, max: number) =>
  new TextPrompt(id, async (prompt: PromptValidatorContext<string>) => {
    const value = prompt.recognized.value?.trim() ?? '';
    return value.length > 0 && value.length <= max;
  });

/** Consent, contact, best time and description; then the taxpayer confirms or corrects, and the case is written. */
export class HandoffIntakeDialog extends CancelAndHelpDialog {
  constructor(
    private readonly desk: HandoffDesk,
    private readonly clock: Clock,
  ) {
    super(DialogIds.handoffIntake);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(textPrompt(PromptIds.name, 100))
      .addDialog(new TextPrompt(PromptIds.contact))
      .addDialog(textPrompt(PromptIds.time, 200))
      .addDialog(textPrompt(PromptIds.description, 2000))
      .addDialog(
        new WaterfallDialog(DialogIds.handoffIntakeFlow, [
          this.askConsent.bind(this),
          this.askWhetherEarlierBelongs.bind(this),
          this.askName.bind(this),
          this.askContact.bind(this),
          this.askTime.bind(this),
          this.askDescription.bind(this),
          this.confirm.bind(this),
          this.submitOrChange.bind(this),
        ]),
      );
    this.initialDialogId = DialogIds.handoffIntakeFlow;
  }

  private options(step: WaterfallStepContext): IntakeOptions {
    return dialogOptions(step, intakeOptionsSchema);
  }

  private draft(step: WaterfallStepContext): CaseDraft {
    const options = this.options(step);
    options.intakeId ??= randomUUID();
    return options.draft;
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const draft = this.draft(step);
    // Figures from earlier in the chat go in only once the taxpayer says they belong to this case.
    if (options.earlier === undefined && draft.consentAt === undefined) {
      options.earlier = { ...(await recallFacts(step.context)), ...draft.computed };
      draft.computed = {};
    }
    if (draft.consentAt) return step.next();
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.choice, (language) => {
      const texts = handoffTexts[language];
      return choicePromptOptions(channelId, texts.consent, yesNoIn[language], texts.consentRetry, language);
    });
  }

  private async askWhetherEarlierBelongs(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const draft = this.draft(step);
    const language = languageOf(step.context);
    const texts = handoffTexts[language];
    if (step.result !== undefined) {
      if (chosenIndex(step.result) !== 0) {
        await step.context.sendActivity(texts.consentRefused);
        const declined: IntakeResult = { declined: true };
        return step.endDialog(declined);
      }
      draft.consentAt = this.clock().toISOString();
    }
    if (computedFacts(options.earlier ?? {}, language).length === 0) return step.next();
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.choice, (asked) => {
      const listed = computedFacts(options.earlier ?? {}, asked).map((fact) => `${fact.title}: ${fact.value}`).join('\n\n');
      const { earlierQuestion, earlierChoices, earlierRetry } = handoffTexts[asked];
      return choicePromptOptions(channelId, `${earlierQuestion}\n\n${listed}`, earlierChoices, earlierRetry, asked);
    });
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const draft = this.draft(step);
    if (step.result !== undefined) {
      if (chosenIndex(step.result) === 0) draft.computed = { ...options.earlier };
      options.earlier = {};
    }
    if (draft.contact?.name) return step.next();
    return promptInLanguage(step, PromptIds.name, (language) => ({ prompt: handoffTexts[language].nameQuestion, retryPrompt: handoffTexts[language].nameRetry }));
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (typeof step.result === 'string') draft.contact = { ...draft.contact, name: step.result.trim() };
    if (draft.contact?.phone || draft.contact?.email) return step.next();
    const problem = this.options(step).contactProblem;
    return promptInLanguage(step, PromptIds.contact, (language) => {
      const texts = handoffTexts[language];
      return { prompt: problem ? `${problemText(texts, problem)} ${texts.contactQuestion}` : texts.contactQuestion };
    });
  }

  private async askTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (typeof step.result === 'string') {
      const contact = readContact(step.result, draft.contact?.name ?? '');
      if ('problem' in contact) return step.replaceDialog(DialogIds.handoffIntakeFlow, { ...this.options(step), contactProblem: contact.problem });
      draft.contact = { name: draft.contact?.name ?? '', ...contact };
      delete this.options(step).contactProblem;
    }
    if (draft.preferredTime) return step.next();
    const { channelId } = step.context.activity;
    return promptInLanguage(step, PromptIds.time, (language) => {
      const texts = handoffTexts[language];
      const times = texts.times.map((time) => time.value);
      return { prompt: choicesMessage(channelId, texts.timeQuestion, times, language), retryPrompt: choicesMessage(channelId, texts.timeRetry, times, language) };
    });
  }

  private async askDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const texts = handoffTexts[languageOf(step.context)];
    // A listed time may be picked by its number ("1" on SMS) or words, and is kept in English for the
    // representative; anything else is kept as typed.
    if (typeof step.result === 'string') {
      const picked = pickChoice(step.result, texts.times);
      draft.preferredTime = (picked && timeInEnglish(texts.times.indexOf(picked))) ?? step.result.trim();
    }
    if (draft.description !== undefined) return step.next();
    return promptInLanguage(step, PromptIds.description, (language) => ({ prompt: handoffTexts[language].descriptionQuestion, retryPrompt: handoffTexts[language].descriptionRetry }));
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (typeof step.result === 'string') draft.description = step.result.trim();
    const { channelId } = step.context.activity;
    const language = languageOf(step.context);
    const texts = handoffTexts[language];
    const summary = summaryOf(draft);
    await step.context.sendActivity(caseSummaryMessage(channelId, texts.yourRequest, { ...summary, preferredTime: shownTime(texts, summary.preferredTime) }, language));
    return promptInLanguage(step, PromptIds.choice, (asked) => choicePromptOptions(channelId, handoffTexts[asked].confirmQuestion, handoffTexts[asked].fields, undefined, asked));
  }

  private async submitOrChange(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const draft = this.draft(step);
    const texts = handoffTexts[languageOf(step.context)];
    const field = texts.fields[chosenIndex(step.result) ?? 0]?.key ?? 'submit';
    if (field !== 'submit') {
      if (field === 'name' || field === 'contact') draft.contact = field === 'name' ? { ...draft.contact, name: '' } : { name: draft.contact?.name ?? '' };
      if (field === 'time') delete draft.preferredTime;
      if (field === 'description') delete draft.description;
      return step.replaceDialog(DialogIds.handoffIntakeFlow, { draft, intakeId: options.intakeId, earlier: {} });
    }
    const summary = summaryOf(draft);
    const submitted = await this.desk.submit(step.context, summary, `${step.context.activity.conversation.id}:${options.intakeId}`);
    await step.context.sendActivity(texts.submitted(submitted, summary, this.clock()));
    const result: IntakeResult = { handoff: { caseId: submitted.caseId, caseNumber: submitted.caseNumber, open: submitted.open } };
    return step.endDialog(result);
  }
}
