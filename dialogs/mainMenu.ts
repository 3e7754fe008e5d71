import { callDrsSentence } from '../src/contacts.js';
import type { OfferedChoice } from './choicePicking.js';

export type MenuTopic = 'notices' | 'offsets' | 'paymentPlans' | 'penalties' | 'priorityOne' | 'talkToPerson';

export interface MenuChoice extends OfferedChoice {
  topic: MenuTopic;
}

/** Titles stay within 20 characters so Web Chat shows them as buttons. */
export const menuChoices: readonly MenuChoice[] = [
  { topic: 'notices', value: 'Notices', synonyms: ['notice', 'a notice', 'my notice', 'i got a letter', 'letters'] },
  { topic: 'offsets', value: 'Refund offsets', synonyms: ['refund offset', 'offset', 'offsets', 'my refund'] },
  { topic: 'paymentPlans', value: 'Payment plans', synonyms: ['payment plan', 'installment plan', 'installment agreement'] },
  { topic: 'penalties', value: 'Penalties & interest', synonyms: ['penalties', 'penalty', 'interest', 'penalties and interest'] },
  { topic: 'priorityOne', value: 'Priority One', synonyms: ['priority one program', 'priority 1', 'covid relief'] },
  { topic: 'talkToPerson', value: 'Talk to a person', synonyms: [] },
];

export const GREETING_WORDS = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|start|get started|hola)[!. ]*$/i;

export const greetingText = [
  'Hello! I am the Connecticut Department of Revenue Services (DRS) virtual assistant.',
  'I can help with notices from DRS, refund offsets, payment plans, penalties and interest, and the Priority One program, or put you in touch with a person at DRS.',
  'I give general information, not tax advice; the amounts and dates on your notice govern.',
  'Please do not type your full Social Security number or bank account numbers.',
].join('\n\n');

export const menuPrompt = 'What can I help you with? Choose a topic or type your question.';

export const helpText = [
  'Type your question in your own words, for example "Why was my refund offset?", or choose a topic.',
  'At any time: say "start over" to go back to the menu, or "talk to a person" to reach DRS.',
].join('\n\n');

export const fallbackText = [
  "I'm not sure I understood that, and I don't want to guess on a tax question.",
  `Try asking in other words or choose a topic below. For anything else, ${callDrsSentence}.`,
].join(' ');

export const startOverText = 'OK, let’s start over.';

export const topicIntros: Record<Exclude<MenuTopic, 'talkToPerson'>, string> = {
  notices: 'Tell me about the notice you received: its name (for example "R859" or "Notice of Intent to Offset"), what it asks you to do, or what you want to know about it.',
  offsets: 'What would you like to know about your refund offset? For example: why it happened, how to dispute the debt, or what to do about a joint return.',
  paymentPlans: 'What would you like to know about payment plans? For example: who can get one, how long it can run, or whether it stops collection.',
  penalties: 'What would you like to know about penalties and interest? For example: how they are figured, or how to ask for a penalty waiver.',
  priorityOne: 'What would you like to know about the Priority One program? For example: who is eligible, how to reach the team, or what happens to a payment plan.',
};
