import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { chooseLanguage, languageAskedFor, languageChosenThisTurn, languageOf, speakLanguage } from '../../dialogs/conversationLanguage.js';
import { isPlainlyEnglish, isSpanish } from '../kb/languageOf.js';
import type { Language } from '../lib/language.js';

/** The conversation's language, and whether the taxpayer chose it ("Español", "English"). */
export interface LanguageChoice {
  language: Language;
  chosen: boolean;
}

/** One-word messages only a Spanish speaker sends ("AYUDA", SMS's Spanish HELP). */
const SPANISH_ONLY = /^\W*ayuda\W*$/i;

/** A Web Chat or Teams locale (es-US, es-419, es) that starts a conversation in Spanish. */
const localeLanguage = (locale: string | undefined): Language | undefined => (locale ? (/^es(\b|-|_)/i.test(locale) ? 'es' : 'en') : undefined);

/** The locale prompts read answers in: the conversation's language, never another the channel sends. */
const READING_LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-US' };
const CHANNEL_LOCALE_KEY = Symbol('the locale the channel sent with this turn');

/**
 * Keeps the conversation's language in its state: the channel's locale at the start, then what the
 * taxpayer writes. A message in Spanish switches to Spanish; a plainly English one switches back,
 * unless the taxpayer chose Spanish. "Español" and "English" choose.
 */
export class ConversationLanguage {
  constructor(
    private readonly state: StatePropertyAccessor<LanguageChoice | undefined>,
    /** Whether a message is Spanish; the knowledge's vocabulary reads short queries better than the word lists alone. */
    private readonly writtenInSpanish: (text: string) => boolean = isSpanish,
  ) {}

  /** Sets this turn's language from the state, the channel's locale and the message. */
  async beginTurn(context: TurnContext): Promise<void> {
    const language = await this.turnLanguage(context);
    if (!languageChosenThisTurn(context)) speakLanguage(context, language);
    // The SDK's prompts read numbers and choices in the activity's culture: a channel's "fr" or "ja"
    // would read an English answer with another language's recognizers (slowly, and wrongly).
    const { activity } = context;
    context.turnState.set(CHANNEL_LOCALE_KEY, activity.locale);
    activity.locale = READING_LOCALE[language];
  }

  private async turnLanguage(context: TurnContext): Promise<Language> {
    const saved = await this.state.get(context);
    const { activity } = context;
    const text = activity.type === 'message' ? (activity.text ?? '') : '';
    const asked = languageAskedFor(text);
    if (asked) {
      chooseLanguage(context, asked);
      return asked;
    }
    const language = saved?.language ?? localeLanguage(activity.locale) ?? 'en';
    if (this.writtenInSpanish(text) || SPANISH_ONLY.test(text)) return 'es';
    if (language === 'es' && !saved?.chosen && isPlainlyEnglish(text)) return 'en';
    return language;
  }

  /** Keeps the turn's language for the next turns. */
  async endTurn(context: TurnContext): Promise<void> {
    const saved = await this.state.get(context);
    const language = languageOf(context);
    const chosen = languageChosenThisTurn(context) || (saved?.chosen === true && saved.language === language);
    if (saved?.language !== language || saved.chosen !== chosen) await this.state.set(context, { language, chosen });
  }
}

/** What the web page listens for to show Web Chat's own words (send box, status) in the conversation's language. */
export const PAGE_LANGUAGE_EVENT = 'conversation/language';

const WEB_CHAT_CHANNELS = new Set(['webchat', 'directline', 'emulator']);

/**
 * Tells Web Chat the conversation's language when the page shows another: Web Chat sends its
 * locale with every message, so a page already in the right language is told nothing.
 */
export function pageLanguageEvent(context: TurnContext): Partial<Activity> | undefined {
  const { activity } = context;
  if (activity.type !== 'message' || !WEB_CHAT_CHANNELS.has(activity.channelId)) return undefined;
  const language = languageOf(context);
  if ((localeLanguage(context.turnState.get<string | undefined>(CHANNEL_LOCALE_KEY)) ?? 'en') === language) return undefined;
  return { type: 'event', name: PAGE_LANGUAGE_EVENT, value: language };
}
