import { callDrsSentence, drsContacts } from '../src/kb/contacts.js';
import type { OfferedChoice } from './choicePicking.js';
import { mainMenuEs } from './mainMenu.es.js';
import type { OfferedAction } from './faqResponder.js';
import type { InEachLanguage } from '../src/lib/language.js';

export type MenuTopic = 'notices' | 'offsets' | 'paymentPlans' | 'penalties' | 'priorityOne' | 'calculators' | 'talkToPerson' | 'otherLanguage';

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
  { topic: 'calculators', value: 'Calculators', synonyms: ['calculator', 'estimate', 'estimates', 'calculate'] },
  { topic: 'talkToPerson', value: 'Talk to a person', synonyms: [] },
  { topic: 'otherLanguage', value: 'Español', synonyms: ['spanish'] },
];

export const GREETING_WORDS = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|start|get started|hola|buenas|buenos dias|buenas tardes|buenas noches)[!. ]*$/i;

export const greetingText = [
  'Hello! I am the Connecticut Department of Revenue Services (DRS) virtual assistant.',
  'I can help with notices from DRS, refund offsets, payment plans, penalties and interest, and the Priority One program. I can also put you in touch with a person at DRS.',
  'I give general information, not tax advice; the amounts and dates on your notice govern.',
  'Please do not type your full Social Security number or bank account numbers.',
  '¿Prefiere español? Escriba "Español".',
].join('\n\n');

export const menuPrompt = 'What can I help you with? Choose a topic or type your question.';

export const helpText = [
  'Type your question in your own words, for example "Why was my refund offset?", or choose a topic.',
  'At any time: say "start over" to go back to the menu, or "talk to a person" to reach DRS.',
].join('\n\n');

/** SMS HELP: what the assistant does, how to move around, the DRS phone number and how to opt out. */
export const smsHelpText = [
  'Connecticut DRS virtual assistant. I answer questions about DRS notices, refund offsets, payment plans, penalties and interest, and the Priority One program. I can also guide you step by step.',
  'Type your question, reply MENU for topics, or AGENT to talk to a person.',
  `Call DRS at ${drsContacts.phone} (${drsContacts.tollFree} ${drsContacts.tollFreeNote}). Reply STOP to stop messages.`,
].join('\n\n');

/** HELP for the channel, in the conversation's language. */
export const helpFor = (channelId: string, texts: Pick<MainMenuTexts, 'help' | 'smsHelp'>): string => (channelId === 'sms' ? texts.smsHelp : texts.help);

export const fallbackText = [
  "I'm not sure I can answer that, and I don't want to guess on a tax question.",
  'I can help with DRS notices, refund offsets, payment plans, penalties and interest, and the Priority One program.',
  `Try asking in other words, choose a topic, or talk to a person: ${callDrsSentence}.`,
].join(' ');

/** For a question about another office or company: said plainly, since guessing helps nobody. */
export const elsewhereText = [
  "That sounds like a question for another office or company, not Connecticut DRS, so I can't help with it.",
  'I can help with DRS notices, refund offsets, payment plans, penalties and interest, and the Priority One program.',
  `For your Connecticut taxes, choose a topic or talk to a person: ${callDrsSentence}.`,
].join(' ');

export const startOverText = 'OK, let’s start over.';

export const tooLongText = 'That message is longer than I can read. Please ask your question in a sentence or two.';

/** The calculators, by the action names knowledge entries use. */
export const calculators = [
  { label: 'What will I owe?', action: 'owedEstimate' },
  { label: 'My deadline', action: 'noticeDeadline' },
  { label: 'Payment plan estimate', action: 'planEstimate' },
  { label: 'Refund claim window', action: 'refundWindow' },
] as const;

export const calculatorsIntro = 'Which would you like me to work out? Each result is an estimate; the amounts and dates on your notice govern.';

/** Each topic's guides come first, then its main questions. */
export const topicIntros: Record<Exclude<MenuTopic, 'talkToPerson' | 'calculators' | 'otherLanguage'>, { text: string; featured: string[]; guides?: OfferedAction[] }> = {
  notices: {
    guides: [{ label: 'Help with my letter', action: 'noticeTriage' }],
    text: 'What would you like to know about your notice? Choose one below or type your question, for example "What is the R859 notice?"',
    featured: ['balance-due-notice', 'r859-notice', 'legitimate-notice-or-scam', 'dispute-balance-due'],
  },
  offsets: {
    guides: [{ label: 'Offset step by step', action: 'offsetGuide' }],
    text: 'What would you like to know about your refund offset? Choose one below or type your question.',
    featured: ['refund-offset-why', 'notice-of-intent-to-offset', 'offset-joint-return-form-8379', 'offset-bankruptcy'],
  },
  paymentPlans: {
    guides: [
      { label: 'Can I get a plan?', action: 'paymentPlanCheck' },
      { label: 'Settle or pause', action: 'compromiseGuide' },
    ],
    text: 'What would you like to know about paying over time? Choose one below or type your question.',
    featured: ['installment-payment-plans', 'payment-plan-default', 'offer-in-compromise', 'hardship-collection-suspension'],
  },
  penalties: {
    guides: [{ label: 'Ask for a waiver', action: 'penaltyWaiver' }],
    text: 'What would you like to know about penalties and interest? Choose one below or type your question.',
    featured: ['late-payment-penalty', 'interest-on-unpaid-tax', 'penalty-waiver', 'interest-cannot-be-waived'],
  },
  priorityOne: {
    guides: [{ label: 'Check if it fits me', action: 'priorityOne' }],
    text: 'The Priority One program (DRS guidance as of April 17, 2020) helps taxpayers under a DRS collection action who were affected by COVID-19. DRS decides each case. What would you like to know?',
    featured: ['priority-one-program', 'priority-one-eligibility', 'priority-one-contact', 'priority-one-payment-plans'],
  },
};

/** Everything the main menu says, in one language. */
export interface MainMenuTexts {
  menuChoices: readonly MenuChoice[];
  greeting: string;
  menuPrompt: string;
  help: string;
  smsHelp: string;
  fallback: string;
  /** The fallback for a question about another office or company (src/kb/scope.ts). */
  elsewhere: string;
  startOver: string;
  tooLong: string;
  /** The taxpayer typed a number with no list on screen. */
  noList(number: string): string;
  /** Said when the taxpayer chose this language. */
  switched: string;
  calculators: readonly OfferedAction[];
  calculatorsIntro: string;
  topicIntros: typeof topicIntros;
}

const mainMenuEn: MainMenuTexts = {
  menuChoices,
  greeting: greetingText,
  menuPrompt,
  help: helpText,
  smsHelp: smsHelpText,
  fallback: fallbackText,
  elsewhere: elsewhereText,
  startOver: startOverText,
  tooLong: tooLongText,
  noList: (number) => `There is no list to choose ${number} from right now. ${menuPrompt}`,
  switched: 'OK, I will continue in English.',
  calculators,
  calculatorsIntro,
  topicIntros,
};

export const mainMenuTexts: InEachLanguage<MainMenuTexts> = { en: mainMenuEn, es: mainMenuEs };
