import type { InEachLanguage, Language } from '../lib/language.js';
import { waitSentence } from './queueWait.js';
import { taxpayerNoticesEs } from './taxpayerNotices.es.js';

/** What the desk tells a waiting taxpayer about their case from outside a turn, in the case's language. */
export interface TaxpayerNotices {
  /** Before each of the representative's own messages. */
  representativePrefix: string;
  joined(caseNumber: string): string;
  released(caseNumber: string): string;
  reassigned(caseNumber: string): string;
  closed(caseNumber: string): string;
  /** Their place in the queue changed. */
  queueUpdate(caseNumber: string, position: number, waitMinutes: number | undefined): string;
}

const taxpayerNoticesEn: TaxpayerNotices = {
  representativePrefix: 'DRS representative: ',
  joined: (caseNumber) => `A DRS representative has joined the chat about your case ${caseNumber}. Type your reply here, or "end chat" to go back to the assistant.`,
  released: (caseNumber) => `Your case ${caseNumber} is back in the queue, and another representative will pick it up. What you type still goes to your case.`,
  reassigned: (caseNumber) => `Another DRS representative is taking over your case ${caseNumber}. Your chat stays open: type your reply here.`,
  closed: (caseNumber) => `The DRS representative ended the chat. Your case ${caseNumber} is closed. You are back with the assistant: ask me anything, or say "menu".`,
  queueUpdate: (caseNumber, position, waitMinutes) => `Update on your case ${caseNumber}: you are now number ${position} in the queue.${waitSentence(waitMinutes)}`,
};

export const taxpayerNotices: InEachLanguage<TaxpayerNotices> = { en: taxpayerNoticesEn, es: taxpayerNoticesEs };

/** The notices in the language a case keeps (English for a case made before cases kept one). */
export const noticesFor = ({ language }: { language?: Language }): TaxpayerNotices => taxpayerNotices[language === 'es' ? 'es' : 'en'];
