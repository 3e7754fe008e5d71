import { ActivityTypes, CardFactory, TextFormatTypes } from 'botbuilder';
import type { Activity, Attachment, CardAction, Middleware, TurnContext } from 'botbuilder';
import { ChoiceFactory } from 'botbuilder-dialogs';
import type { Choice } from 'botbuilder-dialogs';
import removeMarkdown from 'remove-markdown';
import { stripKeepingEscapes } from './literalMarkdown.js';
import type { Language } from '../lib/language.js';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

import { SMS_MAX_LENGTH, fitsOneSms, gsmPunctuation } from './smsSegments.js';

export { SMS_MAX_LENGTH } from './smsSegments.js';

/**
 * Choices for the channel: suggested actions on Web Chat (long titles wrap there), a hero card
 * with buttons on Teams, a numbered list on SMS (which has no buttons).
 */
export function choicesMessage(channelId: string, text: string, choices: (string | Choice)[], language: Language = 'en'): Partial<Activity> {
  if (channelId === 'sms') return { type: ActivityTypes.Message, text: numberedChoices(text, choices, language), inputHint: 'expectingInput' };
  if (channelId === 'msteams') return ChoiceFactory.heroCard(choices, text);
  if (channelId === 'webchat' || channelId === 'directline' || channelId === 'emulator') return ChoiceFactory.suggestedAction(choices, text);
  return ChoiceFactory.forChannel(channelId, choices, text);
}

/** "Reply 1, 2 or 3." / "Responda 1, 2 o 3." */
export function replyHint(count: number, language: Language = 'en'): string {
  const numbers = Array.from({ length: count }, (_, index) => String(index + 1));
  const [reply, or] = language === 'es' ? ['Responda', 'o'] : ['Reply', 'or'];
  return count > 1 ? `${reply} ${numbers.slice(0, -1).join(', ')} ${or} ${count}.` : `${reply} 1.`;
}

/** SMS has no buttons: the question, the choices numbered one per line, and which numbers to reply. */
function numberedChoices(text: string, choices: (string | Choice)[], language: Language): string {
  const titles = choices.map((choice) => (typeof choice === 'string' ? choice : (choice.action?.title ?? choice.value)));
  return [text, titles.map((title, index) => `${index + 1}. ${title}`).join('\n'), replyHint(titles.length, language)].join('\n\n');
}

/** A titled card with optional buttons; SMS gets it flattened to plain text by `smsRendering`. */
export function infoCard(title: string, text: string, buttons: string[] = []): Attachment {
  return CardFactory.heroCard(title, text, undefined, CardFactory.actions(buttons.map((value) => ({ type: 'imBack', title: value, value }))));
}

/** Markdown to plain text, keeping link addresses ("myconneCT: https://…") and escaped characters as typed. */
export function plainText(markdown: string): string {
  return stripKeepingEscapes(markdown, (text) => removeMarkdown(text, { separateLinksAndTexts: ': ', gfm: true, stripListLeaders: false }))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function numbered(actions: CardAction[]): string {
  return actions.map((action, index) => `${index + 1}. ${String(action.title ?? action.value ?? '')}`).join('\n');
}

function flattenCard(attachment: Attachment): string {
  const content = (attachment.content ?? {}) as Record<string, unknown>;
  if (attachment.contentType === ADAPTIVE_CARD) return adaptiveText(content).join('\n');
  const parts = [content.title, content.subtitle, content.text].filter((part): part is string => typeof part === 'string' && part !== '');
  const buttons = Array.isArray(content.buttons) ? numbered(content.buttons as CardAction[]) : '';
  return [...parts, buttons].filter(Boolean).join('\n');
}

function adaptiveText(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(adaptiveText);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string') return [element.text];
  if (element.type === 'Fact') return [`${String(element.title)}: ${String(element.value)}`];
  if (element.type === 'FactSet' && Array.isArray(element.facts)) {
    return (element.facts as { title: string; value: string }[]).map((fact) => `${fact.title}: ${fact.value}`);
  }
  return Object.entries(element)
    .filter(([key]) => ['body', 'items', 'columns', 'actions'].includes(key))
    .flatMap(([, value]) => adaptiveText(value));
}

/** The longest start of `text` (at most `max` characters) that goes as one SMS. */
function longestFittingStart(text: string, max: number): number {
  if (text.length <= max && fitsOneSms(text)) return text.length;
  let fits = 1;
  let fails = Math.min(text.length, max) + 1;
  while (fails - fits > 1) {
    const middle = Math.floor((fits + fails) / 2);
    if (fitsOneSms(text.slice(0, middle))) fits = middle;
    else fails = middle;
  }
  return fits;
}

/** Where the last sentence in `text` ends (just after its full stop, question or exclamation mark), or -1. */
function sentenceEnd(text: string): number {
  const ends = [...text.matchAll(/[.?!]["')\]]?(?=\s)/g)];
  const last = ends.at(-1);
  return last ? last.index + last[0].length : -1;
}

/**
 * Splits on paragraph, then line, then sentence, then word boundaries so that no piece exceeds `max` characters or
 * the segment limit (which a character that needs UCS-2, such as á, makes shorter).
 */
export function splitForSms(text: string, max = SMS_MAX_LENGTH): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (let length = longestFittingStart(rest, max); length < rest.length; length = longestFittingStart(rest, max)) {
    const window = rest.slice(0, length);
    // The last paragraph break in the second half of the window, else the last line break, sentence end or space there.
    const breaks = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), sentenceEnd(window), window.lastIndexOf(' ')];
    const at = breaks.find((cut) => cut > length / 2) ?? length;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** A message as plain text: its text (as it is when `textFormat` is plain), its cards flattened, its buttons numbered. */
export function readableText(activity: Partial<Activity>): string {
  const text = activity.textFormat === TextFormatTypes.Plain ? activity.text : activity.text && plainText(activity.text);
  return [
    text ?? '',
    ...(activity.attachments ?? []).map((attachment) => plainText(flattenCard(attachment))),
    activity.suggestedActions ? numbered(activity.suggestedActions.actions) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Turns one outgoing message into what SMS can show: plain text, no cards, no buttons. */
export function toSms(activity: Partial<Activity>): Partial<Activity>[] {
  if (activity.type !== ActivityTypes.Message) return [activity];
  const { attachments: _a, suggestedActions: _s, attachmentLayout: _l, textFormat: _f, ...rest } = activity;
  return splitForSms(gsmPunctuation(readableText(activity))).map((text) => ({ ...rest, text, textFormat: 'plain' }));
}

const AS_TYPED = Symbol('every message of this turn is someone’s own words');

/**
 * Every message this turn sends is someone's own words (a representative's), shown as typed:
 * `textFormat: 'plain'` on Web Chat and Teams, and SMS leaves its Markdown in place.
 */
export function sendAsTyped(context: TurnContext): void {
  context.turnState.set(AS_TYPED, true);
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) if (activity.type === ActivityTypes.Message) activity.textFormat = TextFormatTypes.Plain;
    return next();
  });
}

/** The activity in the format it goes out in; send handlers registered before `sendAsTyped` run before it marks it. */
export function asSent(context: TurnContext, activity: Partial<Activity>): Partial<Activity> {
  const typed = context.turnState.get<boolean | undefined>(AS_TYPED) === true && activity.type === ActivityTypes.Message;
  return typed ? { ...activity, textFormat: TextFormatTypes.Plain } : activity;
}

/** Middleware: every reply on the SMS channel goes out as plain text. */
export const smsRendering: Middleware = {
  onTurn: async (context: TurnContext, next: () => Promise<void>) => {
    if (context.activity.channelId === 'sms') {
      context.onSendActivities(async (turn, activities, sendNext) => {
        const rendered = activities.flatMap((activity) => toSms(asSent(turn, activity)));
        activities.splice(0, activities.length, ...rendered);
        return sendNext();
      });
    }
    await next();
  },
};
