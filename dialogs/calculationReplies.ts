import type { TurnContext } from 'botbuilder';
import { CalcError, noticeDeadline } from '../src/calc/index.js';
import type { NoticeDeadline, NoticeKind } from '../src/calc/index.js';
import { deadlineResultMessage } from '../src/render/calcMessages.js';
import { deadlineRefusalEs } from '../src/render/deadlineTexts.es.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { inLanguage, languageOf } from './conversationLanguage.js';

/** What the taxpayer reads when the calculation rules refuse the input, by what was being worked out. */
export const calcRefusals = {
  figures: (reason: string) => `I could not work that out: ${reason} Please check the figures on your notice and try again.`,
  deadline: (reason: string) => `I could not work out the deadline: ${reason} Check the date printed on your notice.`,
};

/**
 * Runs `work`, which calculates and sends the result. Input the rules refuse (a `CalcError`) gets
 * `refusal`'s plain explanation instead of failing the turn; then the answer is false.
 */
export async function sendCalculation(context: TurnContext, refusal: (reason: string) => string, work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (!(error instanceof CalcError)) throw error;
    await context.sendActivity(refusal(error.message));
    return false;
  }
}

/** The deadline's refusal in each language; the Spanish one does not repeat the rules' English reason. */
const deadlineRefusals: InEachLanguage<(reason: string) => string> = { en: calcRefusals.deadline, es: deadlineRefusalEs };

/** Works out a notice's deadline and sends it in the conversation's language; undefined when the rules refused the date. */
export async function sendNoticeDeadline(context: TurnContext, notice: { kind: NoticeKind; noticeDate: string }): Promise<NoticeDeadline | undefined> {
  let deadline: NoticeDeadline | undefined;
  await sendCalculation(context, inLanguage(context, deadlineRefusals), async () => {
    deadline = noticeDeadline(notice);
    await context.sendActivity(deadlineResultMessage(context.activity.channelId, deadline, languageOf(context)));
  });
  return deadline;
}
