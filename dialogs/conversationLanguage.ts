import type { TurnContext } from 'botbuilder';
import type { InEachLanguage, Language } from '../src/lib/language.js';
import { withoutAccents } from '../src/lib/plainText.js';

/** The language this turn speaks, set by the bot from the conversation's state before dialogs run. */
const LANGUAGE_KEY = Symbol('the language this turn speaks');
/** Set when the taxpayer asked for a language this turn ("Español", "English"). */
const CHOSEN_KEY = Symbol('the taxpayer chose the language this turn');

/** The language to answer in this turn: the conversation's, English until something says otherwise. */
export const languageOf = (context: TurnContext): Language => context.turnState.get<Language | undefined>(LANGUAGE_KEY) ?? 'en';

/** From now on this turn speaks `language`; the bot keeps it in the conversation's state. */
export function speakLanguage(context: TurnContext, language: Language): void {
  context.turnState.set(LANGUAGE_KEY, language);
}

/** The taxpayer asked for `language`: a message in the other language no longer switches back to it. */
export function chooseLanguage(context: TurnContext, language: Language): void {
  speakLanguage(context, language);
  context.turnState.set(CHOSEN_KEY, true);
}

export const languageChosenThisTurn = (context: TurnContext): boolean => context.turnState.get<boolean | undefined>(CHOSEN_KEY) === true;

/** This turn's version of a text (or a set of texts) given in each language. */
export const inLanguage = <Texts>(context: TurnContext, texts: InEachLanguage<Texts>): Texts => texts[languageOf(context)];

const plainWords = (text: string) => withoutAccents(text).replace(/[^a-z]+/g, ' ').trim();

const TO_SPANISH = /^(en )?espanol( por favor| please)?$|^(in )?spanish( please)?$/;
const TO_ENGLISH = /^(in )?english( please)?$|^(en )?ingles( por favor)?$/;

/** A whole message that asks for a language: "Español", "ESPAÑOL", "espanol", "English", "inglés". */
export function languageAskedFor(text: string | undefined): Language | undefined {
  const said = plainWords(text ?? '');
  if (TO_SPANISH.test(said)) return 'es';
  if (TO_ENGLISH.test(said)) return 'en';
  return undefined;
}
