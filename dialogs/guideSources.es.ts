import { otherContacts, priorityOneContacts } from '../src/kb/contacts.js';
import { callDrsSentenceEs } from '../src/kb/contacts.es.js';
import type { CommonSteps, GuideSources } from './guideSources.js';

// The sources and shared last steps of the guides, in Spanish. Document titles stay as published.

export const sourcesEs: GuideSources = {
  noticeGuide: 'Connecticut balance due notice guide',
  offsetFaq: 'DRS: Refund offset and Treasury Offset Program',
  priorityOne: `Guía de Priority One del DRS, vigente al ${priorityOneContacts.guidanceDateEs}`,
};

export const commonStepsEs: CommonSteps = {
  payInFull:
    'Pague todo en myconneCT. O envíe por correo fondos certificados o un giro postal (money order) a nombre de "Commissioner of Revenue Services" a la dirección de pago de su aviso. Escriba en el pago su número de cuenta y su número de correspondencia (correspondence ID).',
  keepProof: 'Guarde la prueba del pago, como el registro de su banco o el talón del giro postal.',
  callDrs: `Tenga su aviso a mano y ${callDrsSentenceEs}.`,
  requestReview: `Pida una revisión. Envíe pruebas de que la deuda no está vencida, no se puede cobrar por ley o ya está pagada. Envíelas a ${otherContacts.sisUnitAddress}. Guarde una copia.`,
};
