import { ChoicePrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { choicePromptOptions } from './choicePromptOptions.js';
import type { DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { noticeDeadline } from '../src/calc/index.js';
import type { NoticeDeadline, NoticeKind } from '../src/calc/index.js';
import { deadlineResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { extractNoticeSlots } from '../src/nlu/extract.js';
import type { NoticeSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { DATE_RETRY, datePrompt, readDate } from './calculatorPrompts.js';
import { DialogIds, PromptIds } from './dialogIds.js';
import { WHICH_NOTICE_HINT } from './noticeChoices.js';
import { deadlineFacts } from './conversationFacts.js';

const KINDS: { value: string; kind?: NoticeKind }[] = [
  { value: 'Intent to Offset', kind: 'intent_to_offset' },
  { value: 'Balance due notice', kind: 'assessment' },
  { value: 'R859 notice', kind: 'r859' },
  { value: 'Not sure' },
];

/** "When is my deadline?": the window a notice gives, from its kind and date. */
export class NoticeDeadlineDialog extends CalculatorDialog<NoticeSlots> {
  constructor(clock: Clock) {
    super(DialogIds.noticeDeadline, clock);
    this.addDialog(new ChoicePrompt(PromptIds.choice))
      .addDialog(datePrompt(clock))
      .addDialog(new WaterfallDialog(DialogIds.noticeDeadlineFlow, [this.askKind.bind(this), this.askDate.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DialogIds.noticeDeadlineFlow;
  }

  private async askKind(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.startSlots(step, extractNoticeSlots).kind) return step.next();
    return step.prompt(
      PromptIds.choice,
      choicePromptOptions(step.context.activity.channelId, 'Which notice did you get?', KINDS, 'Please choose one of the notices, or "Not sure".'),
    );
  }

  private async askDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = step.result as FoundChoice | undefined;
    if (chosen) {
      const kind = KINDS[chosen.index]?.kind;
      if (!kind) {
        await step.context.sendActivity(WHICH_NOTICE_HINT);
        return step.replaceDialog(DialogIds.noticeDeadlineFlow, step.options);
      }
      this.slots(step).kind = kind;
    }
    if (this.slots(step).noticeDate) return step.next();
    return step.prompt(PromptIds.date, { prompt: 'What is the date printed on the notice? For example May 5, 2026.', retryPrompt: DATE_RETRY });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') this.slots(step).noticeDate = readDate(step.result, this.clock);
    const { kind = 'assessment', noticeDate = '' } = this.slots(step);
    let computed: NoticeDeadline | undefined;
    const deadline = () => (computed ??= noticeDeadline({ kind, noticeDate }));
    return this.finish(step, () => deadlineResultMessage(step.context.activity.channelId, deadline()), undefined, () => deadlineFacts(deadline()));
  }
}
