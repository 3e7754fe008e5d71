import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { noticeDeadline } from '../src/calc/index.js';
import type { NoticeDeadline, NoticeKind } from '../src/calc/index.js';
import { deadlineResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import { extractNoticeSlots } from '../src/nlu/extract.js';
import type { NoticeSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { choiceSlot, dateSlot } from './calculatorPrompts.js';
import type { SlotChoice } from './calculatorPrompts.js';
import { DialogIds } from './dialogIds.js';
import { WHICH_NOTICE_HINT } from './noticeChoices.js';
import { deadlineFacts } from './conversationFacts.js';
import type { SlotTable } from './slotTable.js';

const KINDS: readonly SlotChoice<NoticeKind>[] = [
  { value: 'Intent to Offset', key: 'intent_to_offset' },
  { value: 'Balance due notice', key: 'assessment' },
  { value: 'R859 notice', key: 'r859' },
  { value: 'Not sure' },
];

const SLOTS: SlotTable<NoticeSlots> = [
  // "Not sure" explains how to tell the notices apart and asks again.
  choiceSlot('kind', 'Which notice did you get?', KINDS, 'Please choose one of the notices, or "Not sure".', WHICH_NOTICE_HINT),
  dateSlot('noticeDate', 'What is the date printed on the notice? For example May 5, 2026.'),
];

/** "When is my deadline?": the window a notice gives, from its kind and date. */
export class NoticeDeadlineDialog extends CalculatorDialog<NoticeSlots> {
  constructor(clock: Clock) {
    super(DialogIds.noticeDeadline, DialogIds.noticeDeadlineFlow, clock, SLOTS, extractNoticeSlots);
  }

  protected async answer(step: WaterfallStepContext, slots: NoticeSlots): Promise<DialogTurnResult> {
    const { kind = 'assessment', noticeDate = '' } = slots;
    let computed: NoticeDeadline | undefined;
    const deadline = () => (computed ??= noticeDeadline({ kind, noticeDate }));
    return this.finish(step, () => deadlineResultMessage(step.context.activity.channelId, deadline()), undefined, () => deadlineFacts(deadline()));
  }
}
