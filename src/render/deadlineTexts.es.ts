import { drsContacts, otherContacts } from '../kb/contacts.js';
import type { DeadlineTexts } from './deadlineTexts.js';

// A notice's deadline in Spanish. The laws and documents cited keep their names.

export const deadlineTextsEs: DeadlineTexts = {
  notices: {
    intent_to_offset: {
      name: 'aviso de intención de retener su reembolso (Notice of Intent to Offset)',
      action: `Pague toda la deuda, o pida una revisión y envíe pruebas a ${otherContacts.sisUnitAddress}.`,
    },
    assessment: {
      name: 'aviso de saldo pendiente (assessment)',
      action: 'Presente una protesta por escrito ante la División de Apelaciones del DRS (DRS Appellate Division). Debe llegar, o tener el sello del correo de EE. UU., dentro del plazo.',
    },
    r859: {
      name: 'aviso R859 de envío a una agencia privada de cobro',
      action: `Pague, o hable con el DRS al ${drsContacts.phone}, antes de que pasen su cuenta a una agencia privada de cobro.`,
      caveat: 'Los 10 días son los que dice el aviso. Revise la fecha impresa en él.',
    },
  },
  title: (date) => `Su fecha límite: ${date}`,
  notice: 'Aviso',
  dated: (name, date) => `${name}, con fecha del ${date}`,
  window: 'Plazo',
  days: (days, citation) => `${days} días (${citation})`,
  lastDay: 'Último día',
  stillTimely: 'A tiempo hasta',
  rolled: (date, citation) => `${date}: el último día cae en fin de semana o en día feriado oficial (${citation})`,
  actBy: 'Actúe a más tardar',
  toBeSafe: (date) => `el ${date}, para estar seguro`,
  ifYouDisagree: 'Si no está de acuerdo',
  whatToDo: 'Qué hacer',
  estimate: 'Esto es un estimado a partir de la fecha del aviso. Vale la fecha que dice su aviso.',
};

/** The deadline could not be worked out from the date given. */
export const deadlineRefusalEs = (): string => 'No pude calcular la fecha límite con esa fecha. Revise la fecha impresa en su aviso.';
