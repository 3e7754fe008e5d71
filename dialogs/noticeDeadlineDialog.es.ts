import { noticeTriageEs } from './noticeChoices.es.js';
import type { NoticeDeadlineTexts } from './noticeDeadlineDialog.js';

// "Mi fecha límite" in Spanish. Titles stay within 20 characters; the English titles pick them too.

export const noticeDeadlineEs: NoticeDeadlineTexts = {
  kinds: [
    {
      value: 'Intención de retener',
      key: 'intent_to_offset',
      synonyms: ['intencion de retener', 'intent to offset', 'notice of intent to offset', 'aviso de offset', 'intencion de compensacion', 'compensacion', 'offset', 'reembolso federal'],
    },
    { value: 'Saldo pendiente', key: 'assessment', synonyms: ['aviso de saldo pendiente', 'saldo', 'balance due notice', 'balance due', 'factura', 'bill'] },
    { value: 'Aviso R859', key: 'r859', synonyms: ['r859', 'r 859', 'r-859', 'r859 notice', 'agencia de cobro', 'agencia de cobranza'] },
    { value: 'No estoy seguro', synonyms: ['no se', 'no sé', 'no estoy segura', 'ni idea', 'not sure'] },
  ],
  whichNotice: '¿Qué aviso recibió?',
  whichNoticeRetry: 'Por favor, elija uno de los avisos, o "No estoy seguro".',
  // The same as notice triage's.
  whichNoticeHint: noticeTriageEs.whichNoticeHint,
  noticeDate: '¿Qué fecha tiene impresa el aviso? Por ejemplo: 5 de mayo de 2026.',
};
