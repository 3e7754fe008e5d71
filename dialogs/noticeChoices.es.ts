import type { KeyedChoice } from './guideDialog.js';
import { sourcesEs } from './guideSources.es.js';
import type { LetterKind, LetterOption, LetterOptions, NoticeTriageTexts } from './noticeChoices.js';

// Notice triage in Spanish: the same keys in the same order as the English lists, titles within
// 20 characters; the English titles and words still pick them.

const letterChoices: readonly KeyedChoice<LetterKind | 'notSure'>[] = [
  {
    key: 'assessment',
    value: 'Saldo pendiente',
    synonyms: ['aviso de saldo pendiente', 'saldo', 'saldo a pagar', 'factura', 'cobro de impuestos', 'Balance due notice', 'balance due', 'assessment'],
  },
  { key: 'r859', value: 'Aviso R859', synonyms: ['r859', 'r 859', 'agencia de cobro', 'agencia privada de cobro', 'agencia de cobranza', 'R859 notice'] },
  {
    key: 'intent_to_offset',
    value: 'Intención de retener',
    synonyms: ['intencion de retener', 'aviso de intencion de retener', 'retener mi reembolso', 'reembolso federal', 'Intent to Offset', 'offset'],
  },
  {
    key: 'collection',
    value: 'Embargo',
    synonyms: ['embargo de salario', 'embargo de sueldo', 'embargo bancario', 'embargo de cuenta', 'me embargaron', 'Garnishment or levy', 'garnishment', 'levy', 'wage garnishment', 'bank levy'],
  },
  { key: 'notSure', value: 'No estoy seguro', synonyms: ['no estoy segura', 'no se', 'no sé', 'ni idea', 'no lo se', 'Not sure', 'unsure'] },
];

const PAY: KeyedChoice<LetterOption> = { key: 'pay', value: 'Pagar todo', synonyms: ['pagar', 'pagarlo', 'quiero pagar', 'como pago', 'cómo pago', 'Pay in full', 'pay'] };
const PLAN: KeyedChoice<LetterOption> = {
  key: 'plan',
  value: 'No puedo pagar todo',
  synonyms: ['no puedo pagar', 'plan de pagos', 'plan de pago', 'pagar a plazos', 'pagar poco a poco', "Can't pay in full", 'payment plan'],
};
const DISAGREE: KeyedChoice<LetterOption> = {
  key: 'disagree',
  value: 'No estoy de acuerdo',
  synonyms: ['desacuerdo', 'protestar', 'protesta', 'apelar', 'disputar', 'esta mal', 'está mal', 'no debo esto', 'I disagree', 'disagree'],
};
const REVIEW: KeyedChoice<LetterOption> = {
  ...DISAGREE,
  value: 'Pedir una revisión',
  synonyms: [...(DISAGREE.synonyms ?? []), 'pedir una revision', 'revision', 'revisión', 'No estoy de acuerdo', 'Request a review', 'review'],
};
const COVID: KeyedChoice<LetterOption> = {
  key: 'covid',
  value: 'Dificultad COVID-19',
  synonyms: ['covid', 'covid 19', 'pandemia', 'coronavirus', 'priority one', 'COVID-19 hardship'],
};
const HARDSHIP: KeyedChoice<LetterOption> = {
  key: 'hardship',
  value: 'Dificultad económica',
  synonyms: ['dificultad economica', 'no me alcanza', 'no cubro lo basico', 'no cubro lo básico', 'renta', 'comida', 'suspender', 'pausar', "Can't afford basics", 'hardship'],
};
const OFFSET_PAID: KeyedChoice<LetterOption> = {
  key: 'offsetPaid',
  value: 'Lo pagó mi reembolso',
  synonyms: ['lo pago mi reembolso', 'mi reembolso lo pago', 'reembolso federal', 'carta fms', 'carta del fms', 'Offset paid it', 'fms letter'],
};

const letterOptions: LetterOptions = {
  assessment: [PAY, PLAN, DISAGREE, COVID],
  r859: [PAY, PLAN, DISAGREE, COVID],
  intent_to_offset: [PAY, PLAN, REVIEW, COVID],
  collection: [PAY, PLAN, HARDSHIP, OFFSET_PAID, COVID],
};

export const noticeTriageEs: NoticeTriageTexts = {
  whichNotice: '¿Qué aviso recibió?',
  whichLooksLike: '¿A cuál se parece su carta?',
  whichNoticeRetry: 'Por favor, elija el aviso que se parece a su carta, o "No estoy seguro".',
  letterChoices,
  whichNoticeHint: [
    'Mire arriba en la carta: ahí están el nombre del aviso (o un código como R859) y su fecha.',
    '- Un aviso de saldo pendiente (balance due notice) muestra el impuesto, la multa y los intereses que debe, y el período del impuesto.',
    '- Un aviso R859 dice que su deuda pasará a una agencia privada de cobro si no paga en 10 días.',
    '- Un aviso de intención de retener (Notice of Intent to Offset) llega por correo certificado. Dice que el DRS puede quedarse con su reembolso federal.',
    '- Un embargo de salario (wage garnishment o wage execution) o un embargo bancario (bank levy o bank warrant) es dinero que le quitan de su pago o de su cuenta de banco.',
  ].join('\n'),
  noticeDate: '¿Qué fecha tiene impresa el aviso? Por ejemplo, 5 de mayo de 2026.',
  collectionStarted: `Un embargo de salario o un embargo bancario quiere decir que el cobro ya empezó. Por eso no hay un plazo para responder: actúe ahora. Fuente: ${sourcesEs.noticeGuide}.`,
  whatToDo: '¿Qué le gustaría hacer?',
  letterOptions,
};
