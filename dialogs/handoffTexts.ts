import { callDrsSentence, drsContacts, priorityOneReach } from '../src/kb/contacts.js';
import { literalMarkdown } from '../src/render/literalMarkdown.js';
import { BUSINESS_HOURS_TEXT } from '../src/handoff/businessHours.js';
import type { CaseSummary } from '../src/handoff/caseSummary.js';
import type { QueueStanding, StatusChange, SubmittedCase } from '../src/handoff/relay.js';
import { waitSentence } from '../src/handoff/queueWait.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { PromptChoice } from './choicePromptOptions.js';
import type { ContactProblem } from './contactReading.js';
import { handoffTextsEs } from './handoffTexts.es.js';
import { commandWords } from '../src/lib/plainText.js';

export const CONSENT_TEXT = [
  'To pass this to a DRS representative, I will share with DRS your answers, your name and how to reach you, and what you tell me about your situation. I will also share anything I worked out for you, such as a deadline, and this chat with Social Security and account numbers removed.',
  'Do you agree?',
].join('\n\n');

export const CONSENT_REFUSED = `OK, I have not shared anything. You can reach DRS yourself: call ${drsContacts.phone} (${drsContacts.tollFree} ${drsContacts.tollFreeNote}), or ${priorityOneReach()}.`;
export const NAME_QUESTION = 'What is your name?';
export const CONTACT_QUESTION = 'What phone number or e-mail address should DRS use to reach you? You can give both.';
export const TIME_QUESTION = 'When is the best time to reach you? Choose one or type your own.';
export const DESCRIPTION_QUESTION =
  'In a sentence or two, what is happening and what do you need? Please do not type your full Social Security number or bank account numbers.';
export const CONFIRM_QUESTION = 'Is this right? Submit it, or choose what to change.';
export const END_CHAT_WORDS = /^(end chat|end the chat|back to (the )?assistant|leave chat|stop chat)[.!]*$/i;
/** While the case is queued: the taxpayer asks where it stands. */
export const HOW_LONG_WORDS = /\b(how long|how much longer|wait(ing)? time|when will (someone|somebody|a representative|a person|they|you)|where am i in (the )?(queue|line)|my (place|position|spot) in (the )?(queue|line)|what number am i)\b/i;
/** While the case is queued: the taxpayer would rather be called back than wait in the chat. */
export const CALLBACK_WORDS = /\b(call me back|call me instead|callback|call back instead|phone me( back)?|ring me)\b/i;
/** While the case is queued: the taxpayer leaves the queue. */
export const WITHDRAW_WORDS = /^(please )?(cancel|withdraw)( my| the)? (request|case)( please)?[.!]*$|\b(leave|get out of) the (queue|line)\b|\bcancel my (request|case)\b/i;

const EARLIER_QUESTION = 'Earlier in this chat I worked out the following. Is it about the same matter you want DRS to look at? If not, I will leave it out of your request.';

const placeSentence = (position: number, waitMinutes: number | undefined) => `You are number ${position} in the queue.${waitSentence(waitMinutes)}`;
const WHILE_QUEUED = 'Anything you type now goes to your case. Ask "how long?" to see your place, type "call me back" to be called instead of waiting here, "cancel my request" to leave the queue, or "end chat" to go back to the assistant.';

/** The phone number and e-mail address as the taxpayer typed them, inside our Markdown. */
const reachBy = (summary: CaseSummary) =>
  [summary.contact.phone, summary.contact.email]
    .filter((typed): typed is string => Boolean(typed))
    .map(literalMarkdown)
    .join(' or ');

const otherWays = (summary: CaseSummary) =>
  summary.kind === 'priorityOne'
    ? `You can also call ${priorityOneReach({ voicemail: true, email: true })}.`
    : `You can also call DRS at ${drsContacts.phone} (${drsContacts.tollFree} ${drsContacts.tollFreeNote}) or e-mail ${drsContacts.email}.`;

/** Told only after the case is committed: the number, then what happens next. */
export function submittedText(submitted: SubmittedCase, summary: CaseSummary): string {
  const number = `Your case number is ${submitted.caseNumber}. Please keep it.`;
  if (submitted.open) {
    return [
      number,
      `A DRS representative will join this chat. ${placeSentence(submitted.queuePosition, submitted.waitMinutes)}`,
      WHILE_QUEUED,
    ].join('\n\n');
  }
  return [
    number,
    `DRS is closed now (representatives work ${BUSINESS_HOURS_TEXT}, except Connecticut legal holidays). A representative will contact you at ${reachBy(summary)} from ${submitted.nextOpening}`,
    otherWays(summary),
  ].join('\n\n');
}

/** What the taxpayer is told when a hub on the channel reports on their hand-off. */
export function statusChangeText({ status, caseNumber, kind }: StatusChange): string {
  const contacts = kind === 'priorityOne' ? `call ${priorityOneReach()}` : callDrsSentence;
  switch (status) {
    case 'active':
      return `A DRS representative has taken your case ${caseNumber}.`;
    case 'closed':
      return `Your conversation with DRS about case ${caseNumber} has ended. You are back with the assistant.`;
    case 'failed':
      return `I could not connect you with a representative. Your case ${caseNumber} is saved, and DRS will contact you as you asked. You can also ${contacts}. You are back with the assistant.`;
    default:
      return `Your case ${caseNumber} is waiting for a representative.`;
  }
}

/** The answer to "how long?" while a case is open. */
export function standingText(standing: QueueStanding): string {
  if (standing.status === 'active') return `A DRS representative has your case ${standing.caseNumber} now. Type your message here.`;
  if (!standing.open) {
    return `Your case ${standing.caseNumber} is number ${standing.position} in the queue. DRS is closed now (representatives work ${BUSINESS_HOURS_TEXT}); a representative will contact you from ${standing.nextOpening}`;
  }
  return `Your case ${standing.caseNumber}: ${placeSentence(standing.position, standing.waitMinutes)}`;
}

/** After "cancel my request". */
export const withdrawnText = (caseNumber: string) =>
  `Your request is cancelled and case ${caseNumber} is closed; no representative will join. You are back with the assistant: ask me anything, or say "menu".`;

/** After "call me back": the case stays in the queue, and the chat goes back to the assistant. */
export const callbackText = (caseNumber: string) =>
  `OK. Your case ${caseNumber} stays in the queue, and a representative will contact you as you asked in your request instead of in this chat. You are back with the assistant: ask me anything, or say "menu".`;

/** What the taxpayer can type while their case is open. */
export type QueueCommand = 'endChat' | 'howLong' | 'callback' | 'withdraw';

/** A field of the request the taxpayer can change before submitting it, or Submit. */
export interface FieldChoice extends PromptChoice {
  key: 'submit' | 'name' | 'contact' | 'time' | 'description';
}

/** Everything the hand-off says to the taxpayer, in one language: the intake, then the queue. */
export interface HandoffTexts {
  consent: string;
  consentRetry: string;
  consentRefused: string;
  earlierQuestion: string;
  /** Include it, leave it out: read by index. */
  earlierChoices: readonly PromptChoice[];
  earlierRetry: string;
  nameQuestion: string;
  nameRetry: string;
  contactQuestion: string;
  contactProblems: Record<ContactProblem, string>;
  timeQuestion: string;
  /** The times on offer, in the same order in each language; the case keeps the English one a reply picks. */
  times: readonly PromptChoice[];
  timeRetry: string;
  descriptionQuestion: string;
  descriptionRetry: string;
  /** The title of the request the taxpayer confirms. */
  yourRequest: string;
  confirmQuestion: string;
  fields: readonly FieldChoice[];
  /** The case number and what happens next; `now` says when DRS opens next for a case made while it is closed. */
  submitted(submitted: SubmittedCase, summary: CaseSummary, now: Date): string;
  statusChange(change: StatusChange): string;
  standing(standing: QueueStanding, now: Date): string;
  withdrawn(caseNumber: string): string;
  callback(caseNumber: string): string;
  /** After "end chat". */
  backToAssistant(caseNumber: string): string;
  /** The first message added to a waiting case. */
  addedToCase(caseNumber: string): string;
  /** What each command looks like; Spanish ones are matched in lower case, without accents or punctuation. */
  queueWords: Record<QueueCommand, RegExp>;
}

const handoffTextsEn: HandoffTexts = {
  consent: CONSENT_TEXT,
  consentRetry: `Please answer Yes or No. ${CONSENT_TEXT}`,
  consentRefused: CONSENT_REFUSED,
  earlierQuestion: EARLIER_QUESTION,
  earlierChoices: [
    { value: 'Yes, include it', synonyms: ['yes', 'y', 'include', 'include it', 'same'] },
    { value: 'No, leave it out', synonyms: ['no', 'n', 'leave it out', 'different', 'not the same'] },
  ],
  earlierRetry: `Please answer Yes or No. ${EARLIER_QUESTION}`,
  nameQuestion: NAME_QUESTION,
  nameRetry: 'Please type your name (up to 100 characters).',
  contactQuestion: CONTACT_QUESTION,
  contactProblems: {
    removedNumber: 'I removed that number because it could be an account number. Please type your phone number with dashes, such as 860-555-0123.',
    name: 'Please tell me your name.',
    phone: 'That does not look like a US phone number, such as 860-555-0123.',
    email: 'That does not look like an e-mail address, such as name@example.com.',
    missing: 'Please give a phone number or an e-mail address.',
  },
  timeQuestion: TIME_QUESTION,
  times: [{ value: 'Weekday mornings' }, { value: 'Weekday afternoons' }, { value: 'Any time' }],
  timeRetry: 'Please type a time, such as "weekday mornings".',
  descriptionQuestion: DESCRIPTION_QUESTION,
  descriptionRetry: 'Please describe it in up to 2,000 characters.',
  yourRequest: 'Your request',
  confirmQuestion: CONFIRM_QUESTION,
  fields: [
    { key: 'submit', value: 'Submit', synonyms: ['yes', 'submit it', 'send', 'send it', 'correct', 'looks good', 'confirm'] },
    { key: 'name', value: 'Change name', synonyms: ['name'] },
    { key: 'contact', value: 'Change contact', synonyms: ['contact', 'phone', 'email', 'e-mail'] },
    { key: 'time', value: 'Change time', synonyms: ['time', 'best time'] },
    { key: 'description', value: 'Change description', synonyms: ['description', 'what is happening'] },
  ],
  submitted: (submitted, summary) => submittedText(submitted, summary),
  statusChange: statusChangeText,
  standing: (standing) => standingText(standing),
  withdrawn: withdrawnText,
  callback: callbackText,
  backToAssistant: (caseNumber) => `You are back with the assistant. Your case ${caseNumber} stays open, and DRS will contact you as you asked.`,
  addedToCase: (caseNumber) => `I added that to your case ${caseNumber}. A representative will see it when they join. Type "end chat" to go back to the assistant.`,
  queueWords: { endChat: END_CHAT_WORDS, howLong: HOW_LONG_WORDS, callback: CALLBACK_WORDS, withdraw: WITHDRAW_WORDS },
};

export const handoffTexts: InEachLanguage<HandoffTexts> = { en: handoffTextsEn, es: handoffTextsEs };

/** Whether a message to a waiting case is `command`, in either language: a taxpayer may write in either. */
export const saysQueueCommand = (text: string, command: QueueCommand): boolean =>
  handoffTextsEn.queueWords[command].test(text) || handoffTextsEs.queueWords[command].test(commandWords(text));

/** The English title of the listed time a reply picks, in whichever language the list was shown. */
export const timeInEnglish = (index: number): string | undefined => handoffTextsEn.times[index]?.value;
