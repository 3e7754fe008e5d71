import { drsContacts } from '../src/kb/contacts.js';
import type { TalkToPersonTexts } from './talkToPersonTexts.js';

// "Talk to a person" in Spanish: the first question, DRS's contacts, and what may help when Priority One is not the way.

export const talkToPersonTextsEs: TalkToPersonTexts = {
  collectionQuestion:
    'Antes de indicarle con quién hablar, una pregunta. Una acción de cobro del DRS es un plan de pagos, un embargo bancario (levy), un embargo de salario, un gravamen (lien) o una oferta de compromiso (offer in compromise). ¿Su consulta es sobre una de ellas que el COVID-19 le hizo difícil cumplir?',
  collectionRetry: 'Por favor, responda Sí, No o No estoy seguro.',
  contactTitle: 'Contactar al DRS',
  generalContact: [
    `Llame al DRS al ${drsContacts.phone} (área de Hartford y desde cualquier lugar) o al ${drsContacts.tollFree} (gratis dentro de Connecticut, fuera del área de Hartford).`,
    `Correo electrónico: ${drsContacts.email}`,
    'Tenga su aviso a mano cuando llame.',
  ].join('\n\n'),
  wantContact: '¿O prefiere que un representante del DRS se comunique con usted?',
  notEligibleOffer: 'Esto le puede ayudar:',
  notEligibleActions: [
    { label: 'Pedir plan de pagos', action: 'paymentPlanCheck' },
    { label: 'Quitar una multa', action: 'penaltyWaiver' },
  ],
};
