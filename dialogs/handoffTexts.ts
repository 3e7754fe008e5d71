import { callDrsSentence, drsContacts, priorityOneReach } from '../src/kb/contacts.js';
import { literalMarkdown } from '../src/render/literalMarkdown.js';
import { BUSINESS_HOURS_TEXT } from '../src/handoff/businessHours.js';
import type { CaseSummary } from '../src/handoff/caseSummary.js';
import type { QueueStanding, StatusChange, SubmittedCase } from '../src/handoff/relay.js';
import { waitSentence } from '../src/handoff/queueWait.js';

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
