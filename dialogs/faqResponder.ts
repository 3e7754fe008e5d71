import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { answerMessage, detailsMessages, guideEntryMessage } from '../src/render/answerMessages.js';
import { choicesMessage } from '../src/render/render.js';
import type { KnowledgeLog } from '../src/kb/ports.js';
import { entryText, missingDetail, missingDetailIn } from '../src/kb/askedDetail.js';
import type { AskedDetail } from '../src/kb/askedDetail.js';
import type { KnowledgeEntry } from '../src/kb/schema.js';
import type { KnowledgeSearch, ScoredEntry } from '../src/kb/search.js';
import type { SurveySubject } from '../src/satisfaction/ports.js';
import { faqTextsEs } from './faqResponder.es.js';
import { pickChoice } from './choicePicking.js';
import { knowledgeDialog } from './dialogIds.js';
import { inLanguage, languageOf } from './conversationLanguage.js';
import type { InEachLanguage } from '../src/lib/language.js';

export interface QuestionAnswerer extends Pick<KnowledgeSearch, 'search' | 'entry'> {
  /** The Spanish versions, for conversations in Spanish (absent: English only). */
  readonly spanish?: { answerer: Pick<KnowledgeSearch, 'search' | 'entry'>; readonly isSpanish?: (text: string) => boolean };
}

/** The language of an answer: English unless set. */
export type AnswerLanguage = 'es' | undefined;

/** One button offered after an answer, and what choosing it does. */
export interface FollowUpChoice {
  value: string;
  synonyms?: string[];
  does: 'helpful' | 'notHelpful' | 'answer' | 'startDialog' | 'talkToPerson' | 'menu' | 'done';
  target?: string;
  /** For a dialog: what it should already know (the title of the answer it follows). */
  context?: string;
}

/** What the last answer offered, kept in conversation state until the next message. */
export interface FaqFollowUp {
  /** 'es' when the answer was in Spanish: its buttons then name Spanish entries. */
  language?: 'es';
  answeredId?: string;
  moreOf?: string;
  /** The question the choices were offered with, asked again after MORE. */
  question?: string;
  choices: FollowUpChoice[];
}

export type FaqOutcome =
  | { kind: 'done' }
  | { kind: 'startDialog'; action: string; context?: string }
  | { kind: 'talkToPerson' }
  | { kind: 'menu' }
  /** `elsewhere`: the question is for another office or company, not DRS. */
  | { kind: 'fallback'; elsewhere?: boolean }
  | { kind: 'notHandled' };

const YES: FollowUpChoice = { value: 'Yes', synonyms: ['y', 'yes it did', 'yeah', 'yep', 'it did', 'helpful', 'thanks', 'thank you'], does: 'helpful' };
const NO: FollowUpChoice = { value: 'No', synonyms: ['n', 'no it didnt', 'nope', 'not really', 'it did not'], does: 'notHelpful' };
const PERSON: FollowUpChoice = { value: 'Talk to a person', does: 'talkToPerson' };
const MENU: FollowUpChoice = { value: 'Main menu', synonyms: ['something else', 'none of these'], does: 'menu' };
const DONE: FollowUpChoice = {
  value: 'No, thanks',
  synonyms: ['no', 'nope', 'no thank you', 'no thanks', 'thanks', 'thank you', 'im done', 'that is all', 'thats all', 'nothing else'],
  does: 'done',
};

/** A guided dialog offered as a button, by the action name knowledge entries use. */
export interface OfferedAction {
  label: string;
  action: string;
}

const actionChoice = ({ label, action }: OfferedAction): FollowUpChoice => ({ value: label, does: 'startDialog', target: action });

export const GUIDE_END_QUESTION = 'Would you like to talk to a person at DRS about this, or is there something else?';
export const FEEDBACK_QUESTION = 'Did this answer your question?';
export const DID_YOU_MEAN = 'I want to be sure I answer the right question. Did you mean one of these?';
export const DONE_TEXT = 'You are welcome. Ask another question any time, or say "menu" to see topics.';
export const THANKS_TEXT = 'Thank you for letting me know. Ask another question any time, or say "menu".';
export const NOT_HELPFUL_TEXT = 'Sorry that did not help. You can ask in other words, or talk to a person at DRS.';

/** The questions and buttons around answers, in one language. */
export interface FaqTexts {
  guideEnd: string;
  feedback: string;
  /** Asked after the feedback question when another entry came close. */
  orDidYouMean(title: string): string;
  /** Asked after the feedback question when the question compared the answer's topic with another. */
  alsoCompared(title: string): string;
  didYouMean: string;
  done: string;
  thanks: string;
  notHelpful: string;
  yes: FollowUpChoice;
  no: FollowUpChoice;
  person: FollowUpChoice;
  menu: FollowUpChoice;
  noThanks: FollowUpChoice;
  /** Said before an answer to the question's topic that lacks the detail asked for (a percentage, a fax number). */
  missingDetail: Readonly<Record<AskedDetail, string>>;
  /** The button that starts a guide after an answer, by the entry's action (absent: the entry's own label). */
  actionLabels?: Readonly<Record<string, string>>;
}

const faqTextsEn: FaqTexts = {
  guideEnd: GUIDE_END_QUESTION,
  feedback: FEEDBACK_QUESTION,
  orDidYouMean: (title) => `If not, did you mean "${title}"?`,
  alsoCompared: (title) => `For the other thing you asked about, see "${title}".`,
  didYouMean: DID_YOU_MEAN,
  done: DONE_TEXT,
  thanks: THANKS_TEXT,
  notHelpful: NOT_HELPFUL_TEXT,
  yes: YES,
  no: NO,
  person: PERSON,
  menu: MENU,
  noThanks: DONE,
  missingDetail: missingDetailIn((what) => `I do not have the information on ${what}. Here is what my sources say on this topic:`, {
    percentage: 'the exact percentage',
    decisionTime: 'how long that decision or answer takes',
    duration: 'that length of time',
    fee: 'a fee for that',
    formNumber: "that form's number",
    form: 'which form that is',
    phone: 'that phone number',
    fax: 'that fax number',
    address: 'a mailing address for that',
    minimumAmount: 'a minimum amount',
    name: 'that name',
  }),
};

const faqTexts: InEachLanguage<FaqTexts> = { en: faqTextsEn, es: faqTextsEs };

/** Where a conversation the assistant's answer ended offers the satisfaction survey. */
export interface SurveyOffer {
  offer(context: TurnContext, subject: SurveySubject): Promise<void>;
}

/** Answers questions from the knowledge base and handles the buttons offered with each answer. */
export class FaqResponder {
  constructor(
    private readonly answerer: QuestionAnswerer,
    private readonly log: KnowledgeLog,
    private readonly followUp: StatePropertyAccessor<FaqFollowUp | undefined>,
    private readonly survey?: SurveyOffer,
  ) {}

  async answerQuestion(context: TurnContext, question: string): Promise<FaqOutcome> {
    const language = this.answerLanguage(context);
    const result = this.answererIn(language).search(question);
    if (result.kind === 'answer') {
      const { entry } = result.best;
      if (entry.action?.when === 'instead') return { kind: 'startDialog', action: entry.action.dialog, context: question };
      await this.sayMissingDetail(context, question, result.best, language);
      const beside = result.compared ? { entry: result.compared.entry, compared: true } : result.closeRunnerUp ? { entry: result.closeRunnerUp.entry, compared: false } : undefined;
      return this.answerEntry(context, entry, beside, language);
    }
    if (result.kind === 'ambiguous') {
      const choices = [...result.candidates.map((candidate) => this.entryChoice(candidate.entry)), inLanguage(context, faqTexts).menu];
      await this.offer(context, inLanguage(context, faqTexts).didYouMean, { ...(language ? { language } : {}), choices });
      return { kind: 'done' };
    }
    await this.log.recordGap(question, result.nearMisses.map(nearMiss), context.activity.channelId);
    return { kind: 'fallback', elsewhere: result.elsewhere === true };
  }

  /** Says so when the answer to the question's topic lacks the detail it asks for, and logs the gap for content editors. */
  private async sayMissingDetail(context: TurnContext, question: string, best: ScoredEntry, language: AnswerLanguage): Promise<void> {
    const { entry } = best;
    const missing = missingDetail(question, entryText(entry));
    if (!missing) return;
    await context.sendActivity(faqTexts[language ?? 'en'].missingDetail[missing]);
    await this.log.recordGap(question, [nearMiss(best)], context.activity.channelId);
  }

  /** Before the guide (dialog id) a message started: the answer to that message when its entry offers the same guide (whole, with no buttons). */
  async answerBeforeGuide(context: TurnContext, question: string, guide: string): Promise<void> {
    const result = this.answererIn(this.answerLanguage(context)).search(question);
    const entry = result.kind === 'answer' ? result.best.entry : undefined;
    if (entry?.action && knowledgeDialog(entry.action.dialog) === guide) await context.sendActivity(guideEntryMessage(context.activity.channelId, entry));
  }

  /**
   * Sends the answer, then asks whether it helped, offering related topics and first the entry
   * beside it: a close runner-up ("did you mean"), or the other of two things compared.
   */
  async answerEntry(context: TurnContext, entry: KnowledgeEntry, beside?: { entry: KnowledgeEntry; compared: boolean }, language?: AnswerLanguage): Promise<FaqOutcome> {
    const runnerUp = beside?.entry;
    const { activity, truncated } = answerMessage(context.activity.channelId, entry);
    await context.sendActivity(activity);
    const relatedIds = [...(runnerUp ? [runnerUp.id] : []), ...entry.related.filter((id) => id !== runnerUp?.id)];
    const related = relatedIds
      .map((id) => this.answererIn(language).entry(id))
      .filter((candidate): candidate is KnowledgeEntry => candidate !== undefined)
      .slice(0, 3)
      .map((candidate) => this.entryChoice(candidate));
    const texts = faqTexts[language ?? 'en'];
    const label = entry.action && (texts.actionLabels?.[entry.action.dialog] ?? entry.action.label);
    const action: FollowUpChoice[] =
      entry.action?.when === 'after' && label ? [{ value: label, does: 'startDialog', target: entry.action.dialog, context: entry.title }] : [];
    const question = runnerUp ? `${texts.feedback} ${beside?.compared ? texts.alsoCompared(runnerUp.title) : texts.orDidYouMean(runnerUp.title)}` : texts.feedback;
    await this.offer(context, question, {
      ...(language ? { language } : {}),
      answeredId: entry.id,
      ...(truncated ? { moreOf: entry.id } : {}),
      choices: [texts.yes, texts.no, ...action, ...related],
    });
    return { kind: 'done' };
  }

  /** The menu replaced the last answer's buttons: numbers now mean menu items. */
  async forgetFollowUp(context: TurnContext): Promise<void> {
    await this.followUp.delete(context);
  }

  /** Offers a menu topic's guides and main questions as buttons. */
  async offerEntries(context: TurnContext, text: string, ids: readonly string[], guides: readonly OfferedAction[] = []): Promise<void> {
    const language = this.answerLanguage(context);
    const entries = ids.map((id) => this.answererIn(language).entry(id)).filter((entry): entry is KnowledgeEntry => entry !== undefined);
    const choices = [...guides.map(actionChoice), ...entries.map((entry) => this.entryChoice(entry)), inLanguage(context, faqTexts).menu];
    await this.offer(context, text, { ...(language ? { language } : {}), choices });
  }

  /** After a guide: the one offer every guide ends with. */
  async offerPerson(context: TurnContext): Promise<void> {
    const texts = inLanguage(context, faqTexts);
    await this.offer(context, texts.guideEnd, { choices: [texts.person, texts.menu, texts.noThanks] });
  }

  /** Offers guided dialogs as buttons (the calculators). */
  async offerActions(context: TurnContext, text: string, actions: readonly OfferedAction[]): Promise<void> {
    await this.offer(context, text, { choices: [...actions.map(actionChoice), inLanguage(context, faqTexts).menu] });
  }

  /** Acts on a reply to the previous answer's buttons (or MORE); `notHandled` for anything else. */
  async continueFollowUp(context: TurnContext, text: string): Promise<FaqOutcome> {
    const state = await this.followUp.get(context);
    await this.followUp.delete(context);
    if (!state) return { kind: 'notHandled' };
    const answerer = this.answererIn(state.language);
    const moreOf = state.moreOf ? answerer.entry(state.moreOf) : undefined;
    if (moreOf && /^\s*more\W*$/i.test(text)) {
      await context.sendActivities(detailsMessages(moreOf));
      // The details push the list up; asking again keeps it the latest one, so its numbers still pick.
      await this.offer(context, state.question ?? faqTexts[state.language ?? 'en'].feedback, { ...state, moreOf: undefined });
      return { kind: 'done' };
    }
    const choice = pickChoice(text, state.choices);
    if (!choice) return { kind: 'notHandled' };
    switch (choice.does) {
      case 'helpful':
      case 'notHelpful':
        return this.recordFeedback(context, state, choice.does === 'helpful');
      case 'answer': {
        const entry = choice.target ? answerer.entry(choice.target) : undefined;
        return entry ? this.answerEntry(context, entry, undefined, state.language) : { kind: 'notHandled' };
      }
      case 'startDialog':
        return { kind: 'startDialog', action: choice.target ?? '', ...(choice.context ? { context: choice.context } : {}) };
      case 'talkToPerson':
        return { kind: 'talkToPerson' };
      case 'menu':
        return { kind: 'menu' };
      case 'done':
        await context.sendActivity(inLanguage(context, faqTexts).done);
        await this.survey?.offer(context, { kind: 'answer' });
        return { kind: 'done' };
    }
  }

  private async recordFeedback(context: TurnContext, state: FaqFollowUp, helpful: boolean): Promise<FaqOutcome> {
    if (state.answeredId) await this.log.recordFeedback(state.answeredId, helpful, context.activity.channelId);
    const texts = inLanguage(context, faqTexts);
    if (helpful) {
      await context.sendActivity(texts.thanks);
      await this.survey?.offer(context, { kind: 'answer', ...(state.answeredId ? { entryId: state.answeredId } : {}) });
      return { kind: 'done' };
    }
    await this.offer(context, texts.notHelpful, { choices: [texts.person, texts.menu] });
    return { kind: 'done' };
  }

  /** Spanish answers for a conversation in Spanish, when there are any. */
  private answerLanguage(context: TurnContext): AnswerLanguage {
    return languageOf(context) === 'es' && this.answerer.spanish ? 'es' : undefined;
  }

  /** The Spanish answers for 'es' (when there are any), else the English. */
  private answererIn(language: AnswerLanguage): Pick<KnowledgeSearch, 'search' | 'entry'> {
    return (language === 'es' ? this.answerer.spanish?.answerer : undefined) ?? this.answerer;
  }

  private entryChoice(entry: KnowledgeEntry): FollowUpChoice {
    return { value: entry.title, does: 'answer', target: entry.id };
  }

  private async offer(context: TurnContext, question: string, followUp: FaqFollowUp): Promise<void> {
    await context.sendActivity(choicesMessage(context.activity.channelId, question, followUp.choices.map((choice) => choice.value), languageOf(context)));
    await this.followUp.set(context, { ...followUp, question });
  }
}

const nearMiss = ({ entry, confidence }: ScoredEntry) => ({ id: entry.id, title: entry.title, confidence: Math.round(confidence * 100) / 100 });
