import { drsContacts, otherContacts } from '../kb/contacts.js';
import type { DeadlineTexts } from './deadlineTexts.js';

// A notice's deadline in Spanish. The laws and documents cited keep their names.

export const deadlineTextsEs: DeadlineTexts = {
  notices: {
    intent_to_offset: {
      name: 'intención de retener (Notice of Intent to Offset)',
      action: `Pague toda la deuda, o pida una revisión y envíe pruebas a ${otherContacts.sisUnitAddress}.`,
    },
    assessment: {
      name: 'saldo pendiente (assessment)',
      action: 'Envíe una protesta escrita a la División de Apelaciones del DRS (Appellate Division). Debe llegar, o tener sello del correo de EE. UU., dentro del plazo.',
    },
    r859: {
      name: 'R859 (envío a una agencia privada de cobro)',
      action: `Pague, o hable con el DRS al ${drsContacts.phone}, antes de que pasen su cuenta a una agencia privada de cobro.`,
      caveat: 'Los 10 días son según el aviso. Revise la fecha impresa.',
    },
  },
  title: (date) => `Su fecha límite: ${date}`,
  notice: 'Aviso',
  dated: (name, date) => `${name}, del ${date}`,
  window: 'Plazo',
  days: (days, citation) => `${days} días (${citation})`,
  lastDay: 'Último día',
  stillTimely: 'A tiempo hasta',
  rolled: (date, citation) => `${date}: el último día es fin de semana o feriado (${citation})`,
  actBy: 'Actúe a más tardar',
  toBeSafe: (date) => `${date}, para estar seguro`,
  ifYouDisagree: 'Si no está de acuerdo',
  whatToDo: 'Qué hacer',
  estimate: 'Es un estimado desde la fecha del aviso. Vale la fecha de su aviso.',
};

/** The deadline could not be worked out from the date given. */
export const deadlineRefusalEs = (): string => 'No pude calcular la fecha límite con esa fecha. Revise la fecha impresa en su aviso.';
