import { otherContacts } from '../src/kb/contacts.js';
import type { NextSteps } from '../src/render/nextStepsMessage.js';
import { calculatorPromptsEs } from './calculatorPrompts.es.js';
import { commonStepsEs } from './guideSources.es.js';
import type { KeyedChoice } from './guideDialog.js';
import { sources } from './guideSources.js';
import type { OffsetGuideTexts, OffsetNoticeOption, OffsetSituation } from './offsetGuideChoices.js';

// The refund offset guide in Spanish. Titles stay within 20 characters; the English titles still pick.

const situations: readonly KeyedChoice<OffsetSituation>[] = [
  {
    key: 'notice',
    value: 'Aviso de retención',
    synonyms: ['aviso de retencion', 'aviso de intencion', 'aviso de intención', 'recibi un aviso', 'recibí un aviso', 'carta certificada', 'aviso', 'intent to offset', 'notice'],
  },
  {
    key: 'spouse',
    value: 'Deuda de mi cónyuge',
    synonyms: ['deuda de mi conyuge', 'conyuge', 'cónyuge', 'esposo', 'esposa', 'declaracion conjunta', 'declaración conjunta', '8379', "spouse's debt", 'spouse'],
  },
  {
    key: 'bankruptcy',
    value: 'Bancarrota',
    synonyms: ['quiebra', 'capitulo 7', 'capítulo 7', 'capitulo 13', 'capítulo 13', 'suspension automatica', 'suspensión automática', 'bankruptcy'],
  },
  { key: 'paid', value: 'Ya pagué', synonyms: ['ya pague', 'pague todo', 'pagué todo', 'pague de mas', 'pagué de más', 'already paid'] },
  {
    key: 'garnishment',
    value: 'También me embargan',
    synonyms: ['tambien me embargan', 'embargo de salario', 'embargo', 'me embargan el salario', 'carta del fms', 'garnishment too', 'garnishment'],
  },
  { key: 'posting', value: '¿Cuándo se aplica?', synonyms: ['cuando se aplica', 'cuanto tarda', 'cuánto tarda', 'cuando se vera', 'cuándo se verá', 'when will it post?', 'posting'] },
];

const noticeOptions: readonly KeyedChoice<OffsetNoticeOption>[] = [
  { key: 'pay', value: 'Pagar todo', synonyms: ['pagar', 'pagar toda la deuda', 'lo voy a pagar', 'pay in full', 'pay'] },
  {
    key: 'review',
    value: 'Pedir una revisión',
    synonyms: ['pedir una revision', 'revision', 'revisión', 'no estoy de acuerdo', 'disputar', 'no es mia', 'no es mía', 'ya la pague', 'ya la pagué', 'request a review', 'review'],
  },
];

const FOUR_WEEKS = { action: 'Espere al menos cuatro semanas a que la retención se vea en su cuenta del DRS.' };
const source = sources.offsetFaq;

const nextSteps: Record<Exclude<OffsetSituation, 'notice'>, NextSteps> = {
  spouse: {
    title: 'Qué hacer ahora: pida su parte con el Formulario 8379 del IRS',
    steps: [
      { action: 'Envíe el Formulario 8379 del IRS (Injured Spouse Allocation) al centro del IRS donde presentó su declaración de impuestos original.' },
      { action: `Consiga el formulario en www.irs.gov o llame al IRS al ${otherContacts.irsFormsPhone}. Si necesita ayuda con el formulario, llame al ${otherContacts.irsQuestionsPhone}.` },
      { action: 'El IRS le avisa al DRS cuando reparte el reembolso, y el DRS ajusta su cuenta.' },
    ],
    source,
  },
  bankruptcy: {
    title: 'Qué hacer ahora: avise a la Unidad de Bancarrotas',
    steps: [
      {
        action: `Llame a la Unidad de Bancarrotas (Bankruptcy Unit) del DRS al ${otherContacts.bankruptcyUnitPhone} (${otherContacts.bankruptcyUnitHours}). Tenga a mano el número de su caso de bancarrota y el nombre del tribunal. Mientras la suspensión automática (automatic stay) siga vigente, su reembolso federal no se retiene.`,
      },
      { action: 'Siga presentando sus declaraciones de impuestos.' },
    ],
    source,
  },
  paid: {
    title: 'Qué hacer ahora: confirme su saldo',
    steps: [
      { action: `${commonStepsEs.callDrs} Un representante puede confirmar su saldo.` },
      { action: 'Cuando la retención se aplica, el DRS le devuelve lo que pagó de más. Si viene de una declaración conjunta, el reembolso sale a nombre de los dos.' },
      FOUR_WEEKS,
    ],
    source,
  },
  garnishment: {
    title: 'Qué hacer ahora: envíe al DRS la carta del FMS',
    steps: [
      {
        action: `Envíe cuanto antes una copia de la carta del FMS sobre la retención de su reembolso federal a ${otherContacts.collectionsWarrantsAddress}. O envíela por fax a la Unidad de Salarios (Wage Unit) al ${otherContacts.wageUnitFax}.`,
      },
      { action: 'Guarde una copia de la carta y anote cuándo la envió por correo o por fax.' },
    ],
    source,
  },
  posting: {
    title: 'Qué hacer ahora: espere a que se aplique',
    steps: [FOUR_WEEKS, { action: 'Si la retención pagó más de lo que usted debía, el DRS le devuelve la diferencia cuando se aplica.' }],
    source,
  },
};

const noticeNextSteps = (choice: OffsetNoticeOption, by?: string): NextSteps =>
  choice === 'pay'
    ? {
        title: 'Qué hacer ahora: pague todo',
        steps: [{ action: `${commonStepsEs.payInFull} Si paga en línea, no tiene que enviar el cupón por correo.`, by }, { action: commonStepsEs.keepProof }],
        source,
      }
    : { title: 'Qué hacer ahora: pida una revisión', steps: [{ action: commonStepsEs.requestReview, by }], source };

export const offsetGuideEs: OffsetGuideTexts = {
  situations,
  askSituation: '¿Qué describe mejor su situación?',
  askNoticeDate: '¿Qué fecha tiene impresa su aviso de intención de retener el reembolso (Notice of Intent to Offset)? Por ejemplo: 5 de mayo de 2026.',
  dateRetry: calculatorPromptsEs.dateRetry,
  askPayOrReview: '¿Quiere pagar toda la deuda? ¿O quiere pedir una revisión porque no está vencida, no se puede cobrar por ley o ya está pagada?',
  noticeOptions,
  nextSteps,
  noticeNextSteps,
};
