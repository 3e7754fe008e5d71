import { priorityOneContacts } from '../src/kb/contacts.js';
import { callDrsSentenceEs } from '../src/kb/contacts.es.js';
import type { MainMenuTexts, MenuChoice } from './mainMenu.js';

// The main menu, greeting, help and fallback in Spanish. Titles stay within 20 characters so Web Chat shows them as buttons.

const menuChoices: readonly MenuChoice[] = [
  { topic: 'notices', value: 'Avisos', synonyms: ['aviso', 'avisos del drs', 'carta', 'cartas', 'me llego una carta', 'notices'] },
  { topic: 'offsets', value: 'Reembolso retenido', synonyms: ['reembolsos retenidos', 'offset', 'offsets', 'compensacion', 'mi reembolso'] },
  { topic: 'paymentPlans', value: 'Planes de pago', synonyms: ['plan de pago', 'plan de pagos', 'pagos a plazos', 'payment plans'] },
  { topic: 'penalties', value: 'Multas e intereses', synonyms: ['multas', 'multa', 'intereses', 'interes', 'recargos'] },
  { topic: 'priorityOne', value: 'Priority One', synonyms: ['priority 1', 'programa priority one', 'covid'] },
  { topic: 'calculators', value: 'Calculadoras', synonyms: ['calculadora', 'calcular', 'estimado', 'estimar', 'calculators'] },
  { topic: 'talkToPerson', value: 'Hablar con alguien', synonyms: ['hablar con una persona', 'persona', 'agente', 'representante'] },
  { topic: 'otherLanguage', value: 'English', synonyms: ['ingles'] },
];

const menuPrompt = '¿En qué le puedo ayudar? Elija un tema o escriba su pregunta.';

const callDrs = callDrsSentenceEs;

export const mainMenuEs: MainMenuTexts = {
  menuChoices,
  greeting: [
    '¡Hola! Soy el asistente virtual del Departamento de Servicios de Impuestos de Connecticut (DRS, por sus siglas en inglés).',
    'Le ayudo con avisos del DRS, reembolsos retenidos (offsets), planes de pago, multas e intereses, y el programa Priority One. También le puedo poner en contacto con una persona del DRS.',
    'Le doy información general, no consejos de impuestos. Valen los montos y las fechas de su aviso.',
    'Por favor, no escriba su número de Seguro Social completo ni números de cuentas de banco.',
    'For English, type "English".',
  ].join('\n\n'),
  menuPrompt,
  help: [
    'Escriba su pregunta con sus propias palabras, por ejemplo "¿Por qué retuvieron mi reembolso?", o elija un tema.',
    'En cualquier momento, escriba "menú" para volver al menú, o "hablar con una persona" para contactar al DRS. Para inglés, escriba "English".',
  ].join('\n\n'),
  smsHelp: [
    'Asistente virtual del DRS de Connecticut. Respondo preguntas sobre avisos del DRS, reembolsos retenidos (offsets), planes de pago, multas e intereses, y el programa Priority One. También le guío paso a paso.',
    'Escriba su pregunta, responda MENU para ver los temas o AGENTE para hablar con una persona. Para inglés, responda ENGLISH.',
    `O ${callDrs}. Responda PARAR para no recibir más mensajes.`,
  ].join('\n\n'),
  fallback: [
    'No estoy seguro de poder responder eso, y no quiero adivinar en un tema de impuestos.',
    'Puedo ayudar con avisos del DRS, reembolsos retenidos (offsets), planes de pago, multas e intereses, y el programa Priority One.',
    `Pruebe a preguntar con otras palabras, elija un tema o hable con una persona: ${callDrs}.`,
  ].join(' '),
  elsewhere: [
    'Eso parece una pregunta para otra oficina o empresa, no para el DRS de Connecticut, así que no puedo ayudarle con eso.',
    'Puedo ayudar con avisos del DRS, reembolsos retenidos (offsets), planes de pago, multas e intereses, y el programa Priority One.',
    `Para sus impuestos de Connecticut, elija un tema o hable con una persona: ${callDrs}.`,
  ].join(' '),
  startOver: 'De acuerdo, empecemos de nuevo.',
  tooLong: 'Ese mensaje es más largo de lo que puedo leer. Por favor, haga su pregunta en una o dos oraciones.',
  noList: (number) => `Ahora no hay una lista para elegir el ${number}. ${menuPrompt}`,
  switched: 'De acuerdo, seguiré en español.',
  calculators: [
    { label: '¿Cuánto deberé?', action: 'owedEstimate' },
    { label: 'Mi fecha límite', action: 'noticeDeadline' },
    { label: 'Estimado de plan', action: 'planEstimate' },
    { label: 'Plazo para reclamar', action: 'refundWindow' },
  ],
  calculatorsIntro: '¿Qué quiere que le calcule? Cada resultado es un estimado. Valen los montos y las fechas de su aviso.',
  topicIntros: {
    notices: {
      guides: [{ label: 'Ayuda con mi carta', action: 'noticeTriage' }],
      text: '¿Qué quiere saber sobre su aviso? Elija una opción o escriba su pregunta, por ejemplo "¿Qué es el aviso R859?"',
      featured: ['balance-due-notice', 'r859-notice', 'legitimate-notice-or-scam', 'dispute-balance-due'],
    },
    offsets: {
      guides: [{ label: 'Reembolso paso a paso', action: 'offsetGuide' }],
      text: '¿Qué quiere saber sobre su reembolso retenido? Elija una opción o escriba su pregunta.',
      featured: ['refund-offset-why', 'notice-of-intent-to-offset', 'offset-joint-return-form-8379', 'offset-bankruptcy'],
    },
    paymentPlans: {
      guides: [
        { label: '¿Puedo tener un plan?', action: 'paymentPlanCheck' },
        { label: 'Arreglar o pausar', action: 'compromiseGuide' },
      ],
      text: '¿Qué quiere saber sobre pagar poco a poco? Elija una opción o escriba su pregunta.',
      featured: ['installment-payment-plans', 'payment-plan-default', 'offer-in-compromise', 'hardship-collection-suspension'],
    },
    penalties: {
      guides: [{ label: 'Pedir que la quiten', action: 'penaltyWaiver' }],
      text: '¿Qué quiere saber sobre multas e intereses? Elija una opción o escriba su pregunta.',
      featured: ['late-payment-penalty', 'interest-on-unpaid-tax', 'penalty-waiver', 'interest-cannot-be-waived'],
    },
    priorityOne: {
      guides: [{ label: '¿Es para mí?', action: 'priorityOne' }],
      text: `El programa Priority One (guía del DRS vigente al ${priorityOneContacts.guidanceDateEs}) ayuda a quienes tienen una acción de cobro del DRS y fueron afectados por el COVID-19. El DRS decide cada caso. ¿Qué quiere saber?`,
      featured: ['priority-one-program', 'priority-one-eligibility', 'priority-one-contact', 'priority-one-payment-plans'],
    },
  },
};
