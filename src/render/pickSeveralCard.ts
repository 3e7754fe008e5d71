import { CardFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { InEachLanguage, Language } from '../lib/language.js';
import { pickSeveralTextsEs } from './pickSeveralCard.es.js';

export interface PickChoice {
  title: string;
  value: string;
}

/** The card's own words: how to answer, and the button that sends the answer. */
export interface PickSeveralTexts {
  instruction: string;
  done: string;
}

const pickSeveralTextsEn: PickSeveralTexts = { instruction: 'Tick all that apply, then choose Done.', done: 'Done' };

export const pickSeveralTexts: InEachLanguage<PickSeveralTexts> = { en: pickSeveralTextsEn, es: pickSeveralTextsEs };

/**
 * Web Chat and Teams: a question whose choices are check boxes, ticked and unticked freely and
 * sent together with Done. The answer arrives as the message's value, `{ [inputId]: "a,b" }`.
 */
export function pickSeveralCard(
  text: string,
  inputId: string,
  choices: readonly PickChoice[],
  ticked: readonly string[] = [],
  language: Language = 'en',
): Partial<Activity> {
  const texts = pickSeveralTexts[language];
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: text,
    body: [
      { type: 'TextBlock', text, wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: inputId,
        isMultiSelect: true,
        style: 'expanded',
        label: texts.instruction,
        choices: choices.map(({ title, value }) => ({ title, value })),
        ...(ticked.length > 0 ? { value: ticked.join(',') } : {}),
      },
    ],
    actions: [{ type: 'Action.Submit', title: texts.done }],
  });
  return { type: 'message', attachments: [card], inputHint: 'expectingInput' };
}
