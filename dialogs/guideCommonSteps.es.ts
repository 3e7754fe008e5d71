import { otherContacts } from '../src/kb/contacts.js';
import { callDrsSentenceEs } from '../src/kb/contacts.es.js';
import type { commonSteps } from './guideSources.js';

// The steps several guides end with, in Spanish.

export const commonStepsEs: Readonly<Record<keyof typeof commonSteps, string>> = {
  payInFull:
    'Pague todo en myconneCT. O envíe por correo fondos certificados o un giro postal (money order) a nombre de "Commissioner of Revenue Services" a la dirección de pago de su aviso. Escriba en el pago su número de cuenta y su número de correspondencia (correspondence ID).',
  keepProof: 'Guarde la prueba del pago, como el registro de su banco o el talón del giro postal.',
  callDrs: `Tenga su aviso a mano y ${callDrsSentenceEs}.`,
  requestReview: `Pida una revisión. Envíe pruebas de que la deuda no está vencida, no se puede cobrar por ley o ya está pagada. Envíelas a ${otherContacts.sisUnitAddress}. Guarde una copia.`,
};
