import { CardFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';

export interface PickChoice {
  title: string;
  value: string;
}

/**
 * Web Chat and Teams: a question whose choices are check boxes, ticked and unticked freely and
 * sent together with Done. The answer arrives as the message's value, `{ [inputId]: "a,b" }`.
 */
export function pickSeveralCard(text: string, inputId: string, choices: readonly PickChoice[], ticked: readonly string[] = []): Partial<Activity> {
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
        label: 'Tick all that apply, then choose Done.',
        choices: choices.map(({ title, value }) => ({ title, value })),
        ...(ticked.length > 0 ? { value: ticked.join(',') } : {}),
      },
    ],
    actions: [{ type: 'Action.Submit', title: 'Done' }],
  });
  return { type: 'message', attachments: [card], inputHint: 'expectingInput' };
}
