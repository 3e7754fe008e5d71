import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { noticeDeadline } from '../src/calc/index.js';
import type { NoticeDeadline, NoticeKind } from '../src/calc/index.js';
import { deadlineResultMessage } from '../src/render/calcMessages.js';
import type { Clock } from '../src/lib/clock.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { extractNoticeSlots } from '../src/nlu/extract.js';
import type { NoticeSlots } from '../src/nlu/extract.js';
import { CalculatorDialog } from './calculatorDialog.js';
import { choiceSlot, dateSlot } from './calculatorPrompts.js';
import type { SlotChoice } from './calculatorPrompts.js';
import { languageOf } from './conversationLanguage.js';
import { DialogIds } from './dialogIds.js';
import { noticeDeadlineEs } from './noticeDeadlineDialog.es.js';
import { WHICH_NOTICE_HINT } from './noticeChoices.js';
import { deadlineFacts } from './conversationFacts.js';
import { fromTexts } from './slotTable.js';
import type { SlotTable } from './slotTable.js';

/** Everything "When is my deadline?" asks, in one language. */
export interface NoticeDeadlineTexts {
  /** Titles stay within 20 characters; the same keys in the same order in each language ("Not sure" last, with no key). */
  kinds: readonly SlotChoice<NoticeKind>[];
  whichNotice: string;
  whichNoticeRetry: string;
  /** How to tell the notices apart, for "Not sure". */
  whichNoticeHint: string;
  noticeDate: string;
}

const noticeDeadlineEn: NoticeDeadlineTexts = {
  kinds: [
    { value: 'Intent to Offset', key: 'intent_to_offset' },
    { value: 'Balance due notice', key: 'assessment' },
    { value: 'R859 notice', key: 'r859' },
    { value: 'Not sure' },
  ],
  whichNotice: 'Which notice did you get?',
  whichNoticeRetry: 'Please choose one of the notices, or "Not sure".',
  whichNoticeHint: WHICH_NOTICE_HINT,
  noticeDate: 'What is the date printed on the notice? For example May 5, 2026.',
};

export const noticeDeadlineTexts: InEachLanguage<NoticeDeadlineTexts> = { en: noticeDeadlineEn, es: noticeDeadlineEs };

const texts = <Part>(part: (texts: NoticeDeadlineTexts) => Part) => fromTexts(noticeDeadlineTexts, part);

const SLOTS: SlotTable<NoticeSlots> = [
  // "Not sure" explains how to tell the notices apart and asks again.
  choiceSlot(
    'kind',
    texts((t) => t.whichNotice),
    texts((t) => t.kinds),
    texts((t) => t.whichNoticeRetry),
    texts((t) => t.whichNoticeHint),
  ),
  dateSlot('noticeDate', texts((t) => t.noticeDate)),
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
    return this.finish(
      step,
      () => deadlineResultMessage(step.context.activity.channelId, deadline(), languageOf(step.context)),
      undefined,
      () => deadlineFacts(deadline()),
    );
  }
}
