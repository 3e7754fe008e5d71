import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { NoticeDeadline } from '../src/calc/index.js';
import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import { extractNoticeSlots } from '../src/nlu/extract.js';
import { sendNoticeDeadline } from './calculationReplies.js';
import { calculatorPromptTexts, datePrompt, readDate } from './calculatorPrompts.js';
import { CompromiseGuideDialog } from './compromiseGuideDialog.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { promptInLanguage } from './promptLanguage.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { inLanguage, languageOf } from './conversationLanguage.js';
import { letterKindIn, noticeTriageTexts } from './noticeChoices.js';
import type { LetterKind } from './noticeChoices.js';
import { noticeNextStepsTexts } from './noticeNextSteps.js';
import { deadlineFacts, rememberFacts } from './conversationFacts.js';
import type { StartPriorityOne } from './dialogOutcomes.js';
import { PaymentPlanCheckDialog } from './paymentPlanCheckDialog.js';
import { dialogOptions, stepValues } from './stepState.js';

/** The message that started the triage; `hinted` once the taxpayer was told how to tell the notices apart. */
const triageOptionsSchema = z.object({ text: z.string().optional(), hinted: z.boolean().optional() });

interface TriageState {
  kind?: LetterKind;
  noticeDate?: string;
  deadline?: NoticeDeadline;
}

/** "I got a letter from DRS": which notice, its date, the deadline, then what the taxpayer can do now. */
export class NoticeTriageDialog extends GuideDialog {
  constructor(
    knowledge: GuideKnowledge,
    private readonly clock: Clock,
  ) {
    super(DialogIds.noticeTriage, knowledge);
    this.addDialog(datePrompt(clock))
      .addDialog(new PaymentPlanCheckDialog(knowledge, clock))
      .addDialog(new CompromiseGuideDialog(knowledge, clock))
      .addDialog(
        new WaterfallDialog(DialogIds.noticeTriageFlow, [
          this.askKind.bind(this),
          this.askDate.bind(this),
          this.showDeadline.bind(this),
          this.act.bind(this),
          (step) => step.endDialog(step.result),
        ]),
      );
    this.initialDialogId = DialogIds.noticeTriageFlow;
  }

  private state(step: WaterfallStepContext): TriageState {
    const values = stepValues<{ triage: TriageState }>(step);
    values.triage ??= {};
    return values.triage;
  }

  private options(step: WaterfallStepContext) {
    return dialogOptions(step, triageOptionsSchema);
  }

  private async askKind(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const text = options.text ?? '';
    const slots = extractNoticeSlots(text, connecticutDate(this.clock()), languageOf(step.context));
    const state = this.state(step);
    const kind = letterKindIn(text, slots.kind);
    if (kind) state.kind = kind;
    if (slots.noticeDate) state.noticeDate = slots.noticeDate;
    if (state.kind) return step.next();
    return this.ask(step, (language) => {
      const texts = noticeTriageTexts[language];
      return { question: options.hinted ? texts.whichLooksLike : texts.whichNotice, choices: texts.letterChoices, retry: texts.whichNoticeRetry };
    });
  }

  private async askDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const texts = inLanguage(step.context, noticeTriageTexts);
    const chosen = this.chosen(step, texts.letterChoices);
    if (chosen === 'notSure') {
      if (this.options(step).hinted) return this.finishGuide(step, inLanguage(step.context, noticeNextStepsTexts).unsure);
      await step.context.sendActivity(texts.whichNoticeHint);
      return step.replaceDialog(DialogIds.noticeTriageFlow, { ...this.options(step), hinted: true });
    }
    if (chosen) state.kind = chosen;
    if (state.kind === 'collection' || state.noticeDate) return step.next();
    return promptInLanguage(step, PromptIds.date, (language) => ({ prompt: noticeTriageTexts[language].noticeDate, retryPrompt: calculatorPromptTexts[language].dateRetry }));
  }

  private async showDeadline(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (typeof step.result === 'string') state.noticeDate = readDate(step.result, this.clock, languageOf(step.context));
    const kind = state.kind ?? 'assessment';
    const texts = inLanguage(step.context, noticeTriageTexts);
    if (kind === 'collection') {
      await step.context.sendActivity(texts.collectionStarted);
    } else {
      state.deadline = await sendNoticeDeadline(step.context, { kind, noticeDate: state.noticeDate ?? '' });
      if (state.deadline) await rememberFacts(step.context, deadlineFacts(state.deadline));
    }
    return this.ask(step, (language) => ({ question: noticeTriageTexts[language].whatToDo, choices: noticeTriageTexts[language].letterOptions[kind] }));
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { kind = 'assessment', deadline } = this.state(step);
    const by = deadline?.actBy;
    const next = inLanguage(step.context, noticeNextStepsTexts);
    switch (this.chosen(step, inLanguage(step.context, noticeTriageTexts).letterOptions[kind])) {
      case 'pay':
        await this.quote(step, 'pay-balance-in-full');
        return this.finishGuide(step, next.pay(deadline));
      case 'plan':
        return step.beginDialog(DialogIds.paymentPlanCheck, { by });
      case 'hardship':
        return step.beginDialog(DialogIds.compromiseGuide, { start: 'hardship', by });
      case 'offsetPaid':
        await this.quote(step, 'offset-garnishment-fms-letter');
        return this.finishGuide(step, next.offsetPaid);
      case 'covid': {
        const start: StartPriorityOne = { priorityOne: { actions: [] } };
        return step.endDialog(start);
      }
      default:
        await this.quote(step, kind === 'intent_to_offset' ? 'offset-request-review' : 'dispute-balance-due');
        return this.finishGuide(step, next.disagree(kind, deadline));
    }
  }
}
