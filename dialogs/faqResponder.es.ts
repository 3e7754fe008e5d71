import type { FaqTexts } from './faqResponder.js';
import { missingDetailIn } from '../src/kb/askedDetail.js';

// The questions and buttons around answers, in Spanish. The English words for the buttons work too.

export const faqTextsEs: FaqTexts = {
  guideEnd: '¿Quiere hablar de esto con una persona del DRS, o necesita algo más?',
  feedback: '¿Respondió esto su pregunta?',
  orDidYouMean: (title) => `Si no, ¿quiso decir "${title}"?`,
  alsoCompared: (title) => `Sobre lo otro que preguntó, vea "${title}".`,
  didYouMean: 'Quiero estar seguro de responder la pregunta correcta. ¿Quiso decir una de estas?',
  done: 'Con gusto. Puede hacer otra pregunta cuando quiera, o escribir "menú" para ver los temas.',
  thanks: 'Gracias por decírnoslo. Puede hacer otra pregunta cuando quiera, o escribir "menú".',
  notHelpful: 'Lamento que no le haya ayudado. Puede preguntar con otras palabras o hablar con una persona del DRS.',
  yes: { value: 'Sí', synonyms: ['si', 'yes', 'claro', 'si me ayudo', 'gracias', 'me sirvio'], does: 'helpful' },
  no: { value: 'No', synonyms: ['no me ayudo', 'no mucho', 'la verdad no', 'no me sirvio'], does: 'notHelpful' },
  person: { value: 'Hablar con alguien', synonyms: ['hablar con una persona', 'talk to a person', 'persona', 'agente'], does: 'talkToPerson' },
  menu: { value: 'Menú principal', synonyms: ['menu', 'main menu', 'otra cosa', 'ninguna', 'ninguna de estas'], does: 'menu' },
  noThanks: {
    value: 'No, gracias',
    synonyms: ['no', 'no gracias', 'gracias', 'nada mas', 'eso es todo', 'ya termine', 'no thanks'],
    does: 'done',
  },
  missingDetail: missingDetailIn((what) => `No tengo la información sobre ${what}. Esto es lo que dicen mis fuentes sobre el tema:`, {
    percentage: 'el porcentaje exacto',
    decisionTime: 'cuánto tarda esa decisión o respuesta',
    duration: 'ese plazo de tiempo',
    fee: 'un cargo por eso',
    formNumber: 'el número de ese formulario',
    form: 'qué formulario es',
    phone: 'ese número de teléfono',
    fax: 'ese número de fax',
    address: 'una dirección postal para eso',
    minimumAmount: 'una cantidad mínima',
    name: 'ese nombre',
  }),
  actionLabels: {
    talkToPerson: 'Hablar con alguien',
    owedEstimate: 'Calcular lo que debo',
    noticeDeadline: 'Mi fecha límite',
    planEstimate: 'Estimado de plan',
    refundWindow: 'Plazo para reclamar',
    noticeTriage: 'Ayuda con mi carta',
    offsetGuide: 'Reembolso paso a paso',
    paymentPlanCheck: '¿Puedo tener un plan?',
    penaltyWaiver: 'Pedir que la quiten',
    compromiseGuide: 'Arreglar o pausar',
    priorityOne: '¿Es para mí?',
  },
};
