import type { TurnContext } from 'botbuilder';
import { CalcError, noticeDeadline } from '../src/calc/index.js';
import type { NoticeDeadline, NoticeKind } from '../src/calc/index.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { deadlineResultMessage } from '../src/render/calcMessages.js';
import { calcRefusalsEs } from './calculationReplies.es.js';
import { inLanguage, languageOf } from './conversationLanguage.js';

/** What the taxpayer reads when the calculation rules refuse the input, by what was being worked out, in one language. */
export interface CalcRefusalTexts {
  /** Why the rules refused the input, in plain words. */
  reason: (error: CalcError) => string;
  figures: (reason: string) => string;
  deadline: (reason: string) => string;
}

export const calcRefusals: CalcRefusalTexts = {
  reason: (error) => error.message,
  figures: (reason) => `I could not work that out: ${reason} Please check the figures on your notice and try again.`,
  deadline: (reason) => `I could not work out the deadline: ${reason} Check the date printed on your notice.`,
};

export const calcRefusalTexts: InEachLanguage<CalcRefusalTexts> = { en: calcRefusals, es: calcRefusalsEs };

/** What was being worked out when the rules refused the input. */
export type Refusal = 'figures' | 'deadline';

/**
 * Runs `work`, which calculates and sends the result. Input the rules refuse (a `CalcError`) gets
 * `refusal`'s plain explanation, in the conversation's language, instead of failing the turn; then
 * the answer is false.
 */
export async function sendCalculation(context: TurnContext, refusal: Refusal, work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (!(error instanceof CalcError)) throw error;
    const texts = inLanguage(context, calcRefusalTexts);
    await context.sendActivity(texts[refusal](texts.reason(error)));
    return false;
  }
}

/** Works out a notice's deadline and sends it in the conversation's language; undefined when the rules refused the date. */
export async function sendNoticeDeadline(context: TurnContext, notice: { kind: NoticeKind; noticeDate: string }): Promise<NoticeDeadline | undefined> {
  let deadline: NoticeDeadline | undefined;
  await sendCalculation(context, 'deadline', async () => {
    deadline = noticeDeadline(notice);
    await context.sendActivity(deadlineResultMessage(context.activity.channelId, deadline, languageOf(context)));
  });
  return deadline;
}
