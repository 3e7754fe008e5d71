import type { Activity } from 'botbuilder';
import type { KnowledgeEntry } from '../kb/schema.js';
import { MORE_PROMPT_ES, spanishSourceLine } from './answerMessages.es.js';
import { longDate } from './format.js';
import { plainText, splitForSms } from './render.js';
import { fitsOneSms, gsmPunctuation } from './smsSegments.js';

/** Where an answer comes from, the document's own date where it has one, and when the answer was last checked against it (in the answer's language). */
export function sourceLine(entry: KnowledgeEntry): string {
  if (entry.translation) return spanishSourceLine(entry);
  const where = entry.source.url ? ` (${entry.source.url})` : '';
  const dated = entry.source.date ? `, dated ${longDate(entry.source.date)}` : '';
  return `Source: ${entry.source.document}${where}${dated}. Reviewed ${longDate(entry.reviewed)}.`;
}

export const MORE_PROMPT = 'Reply MORE for details.';

/**
 * An answer as a person expects it: the short answer, the details, then its source. On SMS, when
 * the whole answer would not fit one message, only the short answer goes now and MORE sends the rest.
 */
export function answerMessage(channelId: string, entry: KnowledgeEntry): { activity: Partial<Activity>; truncated: boolean } {
  const body = [entry.shortAnswer, entry.details].filter(Boolean).join('\n\n');
  if (channelId !== 'sms') {
    const text = `**${entry.title}**\n\n${body}\n\n_${sourceLine(entry)}_`;
    return { activity: { type: 'message', text, textFormat: 'markdown' }, truncated: false };
  }
  const full = wholeSmsText(entry);
  if (fitsOneSms(gsmPunctuation(full))) return { activity: { type: 'message', text: full }, truncated: false };
  const short = `${entry.title}\n\n${plainText(entry.shortAnswer)}\n\n${sourceLine(entry)}\n\n${entry.translation ? MORE_PROMPT_ES : MORE_PROMPT}`;
  return { activity: { type: 'message', text: short }, truncated: true };
}

/** The details an SMS user asked for with MORE, in as many messages as they need. */
export function detailsMessages(entry: KnowledgeEntry): Partial<Activity>[] {
  return splitForSms(plainText(entry.details || entry.shortAnswer)).map((text) => ({ type: 'message', text }));
}

/** An entry shown inside a guided conversation: whole on every channel (SMS splits it), since MORE would be read as an answer. */
export function guideEntryMessage(channelId: string, entry: KnowledgeEntry): Partial<Activity> {
  return channelId === 'sms' ? { type: 'message', text: wholeSmsText(entry) } : answerMessage(channelId, entry).activity;
}

function wholeSmsText(entry: KnowledgeEntry): string {
  const body = [entry.shortAnswer, entry.details].filter(Boolean).join('\n\n');
  return `${entry.title}\n\n${plainText(body)}\n\n${sourceLine(entry)}`;
}
