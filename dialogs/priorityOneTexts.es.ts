import { priorityOneContacts } from '../src/kb/contacts.js';
import type { PriorityOneTexts } from './priorityOneTexts.js';

// The Priority One screening in Spanish. It says what the answers suggest; the DRS decides each case.

const { guidanceDateEs } = priorityOneContacts;

const ACTIONS_QUESTION = '¿Qué acciones de cobro del DRS tiene ahora?';
const SMS_ACTIONS_HINT = 'Puede responder con más de un número, por ejemplo 1 y 3.';

export const priorityOneTextsEs: PriorityOneTexts = {
  intro: (mentioned) =>
    `${mentioned ? `Usted mencionó: ${mentioned}. ` : ''}Priority One ayuda a personas y negocios que tienen una acción de cobro del DRS y fueron afectados por el COVID-19. Le haré tres preguntas cortas para ver qué sugieren sus respuestas. El DRS decide cada caso. (Guía del DRS vigente al ${guidanceDateEs}; confírmelo con el DRS.)`,
  typeQuestion: '¿Pregunta para usted o para un negocio?',
  // Not "Persona": said alone, it asks to talk to a person.
  types: [
    { value: 'Para mí', synonyms: ['para mi', 'individual', 'individuo', 'yo', 'yo mismo', 'yo misma', 'mi', 'como persona', 'personal', 'persona fisica'] },
    { value: 'Para un negocio', synonyms: ['negocio', 'business', 'mi negocio', 'un negocio', 'por un negocio', 'empresa', 'compania', 'compañía', 'comercio', 'tienda', 'llc'] },
  ],
  smsActionsQuestion: (mentioned) =>
    `${ACTIONS_QUESTION} Elija todas las que tenga.${mentioned ? ` Usted mencionó: ${mentioned}. Agregue otras, o responda LISTO si no hay más.` : ''} ${SMS_ACTIONS_HINT}`,
  smsActionsRetry: `Por favor, elija de la lista (o "Ninguna de estas"). ${SMS_ACTIONS_HINT}`,
  cardActionsQuestion: (mentioned) => `${ACTIONS_QUESTION}${mentioned ? ` Usted mencionó: ${mentioned}. Marque otras si las tiene.` : ''}`,
  cardActionsRetry: 'Por favor, marque cada acción que tenga (o "Ninguna de estas") y elija Listo. También puede escribirlas, por ejemplo "embargo bancario y gravamen".',
  chose: (names) => `Usted eligió: ${names}.`,
  noneChosen: 'ninguna de estas',
  covidQuestion: '¿El COVID-19 le hizo difícil cumplir con esto? Por ejemplo, porque perdió ingresos, se enfermó o cerró su negocio.',
  mayHelp: `Sus respuestas sugieren que Priority One podría ayudarle. El DRS decide cada caso, y este programa viene de su guía vigente al ${guidanceDateEs}. Puedo pasar su caso a un representante del DRS ahora.`,
  notEligible: {
    noCollectionAction: 'Priority One es para quienes tienen una acción de cobro del DRS en este momento. Usted dijo que no tiene ninguna ahora.',
    noCovidImpact: 'Priority One es para quienes fueron afectados por el COVID-19 y se atrasaron con una acción de cobro del DRS. Usted dijo que no fue así en su caso.',
    covidImpactUnsure:
      'Priority One es para quienes fueron afectados por el COVID-19 y se atrasaron con una acción de cobro del DRS. Usted no está seguro de si fue así en su caso. Un representante del DRS puede decidirlo con usted.',
  },
};
