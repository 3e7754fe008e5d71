import type { NoticeDeadlineTexts } from './noticeDeadlineDialog.js';

// "Mi fecha límite" in Spanish. Titles stay within 20 characters; the English titles pick them too.

export const noticeDeadlineEs: NoticeDeadlineTexts = {
  kinds: [
    {
      value: 'Aviso de offset',
      key: 'intent_to_offset',
      synonyms: ['intent to offset', 'notice of intent to offset', 'aviso de intencion de compensacion', 'intencion de compensacion', 'compensacion', 'offset', 'reembolso federal'],
    },
    { value: 'Saldo pendiente', key: 'assessment', synonyms: ['aviso de saldo pendiente', 'saldo', 'balance due notice', 'balance due', 'factura', 'bill'] },
    { value: 'Aviso R859', key: 'r859', synonyms: ['r859', 'r 859', 'r-859', 'r859 notice', 'cobranza', 'agencia de cobranza'] },
    { value: 'No estoy seguro', synonyms: ['no se', 'no sé', 'no estoy segura', 'ni idea', 'not sure'] },
  ],
  whichNotice: '¿Qué aviso recibió?',
  whichNoticeRetry: 'Por favor, elija uno de los avisos, o "No estoy seguro".',
  whichNoticeHint: [
    'Mire la parte de arriba de la carta: ahí están el nombre del aviso (o un código como R859) y la fecha del aviso.',
    '- Un aviso de saldo pendiente (balance due) muestra el impuesto, la multa y los intereses que debe, y el período del impuesto.',
    '- Un R859 dice que su deuda pasará a una agencia privada de cobranza si no paga dentro de 10 días.',
    '- Un Notice of Intent to Offset llega por correo certificado. Dice que el DRS puede tomar su reembolso federal de impuestos.',
    '- Un embargo de salario (wage execution) o un embargo bancario (bank warrant) es dinero que le quitan de su pago o de su cuenta de banco.',
  ].join('\n'),
  noticeDate: '¿Qué fecha tiene impresa el aviso? Por ejemplo: 5 de mayo de 2026.',
};
