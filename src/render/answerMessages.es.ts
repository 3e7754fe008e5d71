import type { KnowledgeEntry } from '../kb/schema.js';
import { longDate } from './format.js';

// The words around a Spanish answer: its source line, the review note and the SMS "MORE" prompt.

/** "2026-11-21" as "21 de noviembre de 2026". */
export const spanishLongDate = (isoDate: string): string => longDate(isoDate, false, 'es');

/** Said under every Spanish answer that DRS has not reviewed yet. */
export const PENDING_REVIEW_NOTE = 'Esta es una traducción del inglés. El DRS todavía no la ha revisado.';

/** Where a Spanish answer comes from, as the English source line says it, and whether DRS has reviewed the translation. */
export function spanishSourceLine(entry: KnowledgeEntry): string {
  const where = entry.source.url ? ` (${entry.source.url})` : '';
  const dated = entry.source.date ? `, con fecha del ${spanishLongDate(entry.source.date)}` : '';
  const pending = entry.translation?.status === 'pending-review' ? ` ${PENDING_REVIEW_NOTE}` : '';
  return `Fuente: ${entry.source.document}${where}${dated}. Revisado el ${spanishLongDate(entry.reviewed)}.${pending}`;
}

export const MORE_PROMPT_ES = 'Responda MORE para ver los detalles.';
