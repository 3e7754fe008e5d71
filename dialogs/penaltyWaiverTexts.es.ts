import { sources } from './guideSources.js';
import type { PenaltyWaiverTexts, WaiverCause } from './penaltyWaiverTexts.js';

// The penalty waiver guide in Spanish. Titles stay within 20 characters; the English titles still pick.

const PROOF: Record<WaiverCause, string> = {
  illness: 'registros médicos o una nota del médico que cubra esas fechas',
  disaster: 'reclamos al seguro u otros papeles que muestren el desastre y sus fechas',
  advice: 'una copia del consejo escrito que le dio el DRS',
  other: 'papeles que muestren qué pasó y cuándo',
};

export const penaltyWaiverEs: PenaltyWaiverTexts = {
  causes: [
    {
      key: 'illness',
      value: 'Enfermedad grave',
      synonyms: ['enfermedad', 'enfermo', 'enferma', 'hospital', 'medico', 'médico', 'muerte en la familia', 'serious illness', 'illness'],
    },
    {
      key: 'disaster',
      value: 'Desastre natural',
      synonyms: ['desastre', 'inundacion', 'inundación', 'incendio', 'huracan', 'huracán', 'tormenta', 'natural disaster', 'disaster'],
    },
    {
      key: 'advice',
      value: 'Consejo del DRS',
      synonyms: ['consejo escrito del drs', 'consejo escrito', 'consejo equivocado', 'el drs me dijo', "drs's written advice", 'written advice'],
    },
    { key: 'other', value: 'Otra cosa', synonyms: ['otro', 'otra', 'otra razon', 'otra razón', 'ninguna de estas', 'something else', 'other'] },
  ],
  askCause: '¿Qué le impidió pagar o presentar a tiempo?',
  otherCause:
    'Una causa razonable (reasonable cause) es algo fuera de su control que le impidió pagar o presentar a tiempo. El DRS decide cada pedido. Por eso, explique todo y adjunte pruebas.',
  askAmount: '¿La multa que quiere que le perdonen es de más de $5,000?',
  title: 'Qué hacer ahora: pida que le perdonen la multa',
  gatherProof: (cause) => `Reúna pruebas: ${PROOF[cause]}.`,
  fileForm: 'Presente el Formulario DRS-PW en myconneCT o por correo. Incluya una explicación escrita de todo lo que pasó, con sus pruebas. El DRS le responde por escrito.',
  keepPaying: 'Siga pagando el impuesto y los intereses. Los intereses nunca se perdonan y siguen sumándose al 1% al mes.',
  committee: (sure) =>
    `${sure ? 'Como' : 'Si'} la multa que pide perdonar es de más de $5,000, el Comité de Revisión de Multas (Penalty Review Committee) también tiene que aprobar el pedido (CGS §12-3a). Por eso, la decisión puede tardar más.`,
  source: `${sources.noticeGuide}; CGS §12-3a`,
};
