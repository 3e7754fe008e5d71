import { randomUUID } from 'node:crypto';
import { ActivityTypes } from 'botbuilder';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { choicesMessage } from '../src/render/render.js';
import { readRating } from '../src/satisfaction/readRating.js';
import type { Rating, SatisfactionLog, SurveySubject } from '../src/satisfaction/ports.js';
import { pickChoice } from './choicePicking.js';

export const RATING_QUESTION = 'How would you rate this chat? Choose 1 (poor) to 5 (very good). You can skip this.';
export const SMS_RATING_QUESTION = 'How would you rate this chat? Reply a number from 1 (poor) to 5 (very good), or SKIP.';
export const SAVED_CALL_QUESTION = 'Did this chat save you a call to DRS?';
export const SURVEY_THANKS = 'Thank you. Your answers help DRS make this service better.';
export const SURVEY_SKIPPED = 'No problem. Ask another question any time, or say "menu".';

const RATINGS = ['1', '2', '3', '4', '5'];
const SKIP = { value: 'Skip', synonyms: ['no thanks', 'no thank you', 'not now', 'skip it', 'pass'] };
const SAVED_CALL = [{ value: 'Yes', synonyms: ['y', 'yes it did', 'yeah', 'yep', 'it did'] }, { value: 'No', synonyms: ['n', 'no it did not', 'nope', 'it did not'] }, SKIP];

/** The question the survey is waiting on, kept in conversation state for one reply. */
export type PendingSurvey = { id: string; subject: SurveySubject; step: 'rating' } | { id: string; subject: SurveySubject; step: 'savedCall'; rating: Rating };

/** How each subject counts toward "asked once": the assistant's answers once a conversation, each case once. */
const subjectKey = (subject: SurveySubject) => (subject.kind === 'case' ? `case:${subject.caseId}` : 'answer');

/**
 * The optional two-question survey: a rating from 1 to 5, then "did this save you a call?". It is
 * offered once per subject and never blocks: any other reply drops it and is handled as usual.
 */
export class SatisfactionSurvey {
  constructor(
    private readonly log: SatisfactionLog,
    readonly pending: StatePropertyAccessor<PendingSurvey | undefined>,
    private readonly asked: StatePropertyAccessor<string[]>,
  ) {}

  /** Asks for a rating, unless this conversation was already asked about `subject`. */
  async offer(context: TurnContext, subject: SurveySubject): Promise<void> {
    const asked = await this.asked.get(context, []);
    if (asked.includes(subjectKey(subject))) return;
    await this.asked.set(context, [...asked, subjectKey(subject)]);
    const channelId = context.activity.channelId;
    await context.sendActivity(
      channelId === 'sms' ? { type: ActivityTypes.Message, text: SMS_RATING_QUESTION, inputHint: 'expectingInput' } : choicesMessage(channelId, RATING_QUESTION, [...RATINGS, SKIP.value]),
    );
    await this.pending.set(context, { id: randomUUID(), subject, step: 'rating' });
  }

  /** Takes the reply to a survey question; false when there was none or the reply is not an answer to it. */
  async answer(context: TurnContext): Promise<boolean> {
    const pending = await this.pending.get(context);
    if (!pending) return false;
    await this.pending.delete(context);
    const text = context.activity.text?.trim() ?? '';
    if (pickChoice(text, [SKIP], { allowNumbers: false })) {
      await context.sendActivity(SURVEY_SKIPPED);
      return true;
    }
    const channelId = context.activity.channelId;
    if (pending.step === 'rating') {
      const rating = readRating(text);
      if (!rating) return false;
      await this.log.save(pending.id, { subject: pending.subject, channelId, rating });
      await context.sendActivity(choicesMessage(channelId, SAVED_CALL_QUESTION, SAVED_CALL.map((choice) => choice.value)));
      await this.pending.set(context, { ...pending, step: 'savedCall', rating });
      return true;
    }
    const choice = pickChoice(text, SAVED_CALL);
    if (!choice) return false;
    if (choice === SKIP) {
      await context.sendActivity(SURVEY_SKIPPED);
      return true;
    }
    await this.log.save(pending.id, { subject: pending.subject, channelId, rating: pending.rating, savedCall: choice.value === 'Yes' });
    await context.sendActivity(SURVEY_THANKS);
    return true;
  }
}
