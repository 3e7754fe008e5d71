import { randomUUID } from 'node:crypto';
import { ActivityTypes } from 'botbuilder';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { choicesMessage } from '../src/render/render.js';
import { readRating } from '../src/satisfaction/readRating.js';
import type { Rating, SatisfactionLog, SurveySubject } from '../src/satisfaction/ports.js';
import type { InEachLanguage } from '../src/lib/language.js';
import { pickChoice } from './choicePicking.js';
import type { PromptChoice } from './choicePromptOptions.js';
import { inLanguage, languageOf } from './conversationLanguage.js';
import { readRatingEs, surveyTextsEs } from './satisfactionSurvey.es.js';

export const RATING_QUESTION = 'How would you rate this chat? Choose 1 (poor) to 5 (very good). You can skip this.';
export const SMS_RATING_QUESTION = 'How would you rate this chat? Reply a number from 1 (poor) to 5 (very good), or SKIP.';
export const SAVED_CALL_QUESTION = 'Did this chat save you a call to DRS?';
export const SURVEY_THANKS = 'Thank you. Your answers help DRS make this service better.';
export const SURVEY_SKIPPED = 'No problem. Ask another question any time, or say "menu".';

/** What the survey says, in one language. */
export interface SurveyTexts {
  ratingQuestion: string;
  smsRatingQuestion: string;
  savedCallQuestion: string;
  thanks: string;
  skipped: string;
  skip: PromptChoice;
  /** Yes, No, Skip: read by index. */
  savedCall: readonly PromptChoice[];
}

const SKIP: PromptChoice = { value: 'Skip', synonyms: ['no thanks', 'no thank you', 'not now', 'skip it', 'pass'] };

const surveyTextsEn: SurveyTexts = {
  ratingQuestion: RATING_QUESTION,
  smsRatingQuestion: SMS_RATING_QUESTION,
  savedCallQuestion: SAVED_CALL_QUESTION,
  thanks: SURVEY_THANKS,
  skipped: SURVEY_SKIPPED,
  skip: SKIP,
  savedCall: [{ value: 'Yes', synonyms: ['y', 'yes it did', 'yeah', 'yep', 'it did'] }, { value: 'No', synonyms: ['n', 'no it did not', 'nope', 'it did not'] }, SKIP],
};

export const surveyTexts: InEachLanguage<SurveyTexts> = { en: surveyTextsEn, es: surveyTextsEs };

const RATINGS = ['1', '2', '3', '4', '5'];
const YES = 0;
const SKIPPED = 2;

/** The question the survey is waiting on, kept in conversation state for one reply. */
export type PendingSurvey = { id: string; subject: SurveySubject; step: 'rating' } | { id: string; subject: SurveySubject; step: 'savedCall'; rating: Rating };

/** How each subject counts toward "asked once": the assistant's answers once a conversation, each case once. */
const subjectKey = (subject: SurveySubject) => (subject.kind === 'case' ? `case:${subject.caseId}` : 'answer');

/** The choices in this turn's language first, then in the other: a taxpayer may answer in either. */
const bothLanguages = (context: TurnContext): SurveyTexts[] => (languageOf(context) === 'es' ? [surveyTextsEs, surveyTextsEn] : [surveyTextsEn, surveyTextsEs]);

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
    const texts = inLanguage(context, surveyTexts);
    await context.sendActivity(
      channelId === 'sms'
        ? { type: ActivityTypes.Message, text: texts.smsRatingQuestion, inputHint: 'expectingInput' }
        : choicesMessage(channelId, texts.ratingQuestion, [...RATINGS, texts.skip.value], languageOf(context)),
    );
    await this.pending.set(context, { id: randomUUID(), subject, step: 'rating' });
  }

  /** Takes the reply to a survey question; false when there was none or the reply is not an answer to it. */
  async answer(context: TurnContext): Promise<boolean> {
    const pending = await this.pending.get(context);
    if (!pending) return false;
    await this.pending.delete(context);
    const text = context.activity.text?.trim() ?? '';
    const texts = inLanguage(context, surveyTexts);
    if (bothLanguages(context).some((language) => pickChoice(text, [language.skip], { allowNumbers: false }))) {
      await context.sendActivity(texts.skipped);
      return true;
    }
    const channelId = context.activity.channelId;
    if (pending.step === 'rating') {
      const rating = readRating(text) ?? readRatingEs(text);
      if (!rating) return false;
      await this.log.save(pending.id, { subject: pending.subject, channelId, rating });
      await context.sendActivity(choicesMessage(channelId, texts.savedCallQuestion, texts.savedCall.map((choice) => choice.value), languageOf(context)));
      await this.pending.set(context, { ...pending, step: 'savedCall', rating });
      return true;
    }
    const index = this.savedCallIndex(context, text);
    if (index === undefined) return false;
    if (index === SKIPPED) {
      await context.sendActivity(texts.skipped);
      return true;
    }
    await this.log.save(pending.id, { subject: pending.subject, channelId, rating: pending.rating, savedCall: index === YES });
    await context.sendActivity(texts.thanks);
    return true;
  }

  /** Yes, No or Skip, by its index; a number picks from the list as shown. */
  private savedCallIndex(context: TurnContext, text: string): number | undefined {
    for (const texts of bothLanguages(context)) {
      const choice = pickChoice(text, texts.savedCall);
      if (choice) return texts.savedCall.indexOf(choice);
    }
    return undefined;
  }
}
