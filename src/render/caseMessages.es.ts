import type { CollectionAction } from '../handoff/caseSummary.js';
import type { CaseFactLabels } from './caseMessages.js';
import { longDate } from './format.js';

// A case's fields and answers in Spanish, as the taxpayer confirms the request. What the taxpayer typed stays as typed.

/** The collection actions' names in Spanish, in the same order and with the same keys as in English. */
export const collectionActionNamesEs: Record<CollectionAction, string> = {
  paymentPlan: 'Plan de pagos',
  bankLevy: 'Embargo bancario (levy)',
  wageGarnishment: 'Embargo de salario',
  lien: 'Gravamen (lien)',
  offerInCompromise: 'Oferta de compromiso',
  other: 'Otra acción de cobro',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as the case keeps it ("November 2, 2026") in Spanish words ("2 de noviembre de 2026"); anything else as it is. */
function dateInSpanish(date: string): string {
  const [, monthName = '', day = '', year = ''] = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(date) ?? [];
  const month = MONTHS.indexOf(monthName) + 1;
  return month > 0 ? longDate(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`, false, 'es') : date;
}

export const caseFactLabelsEs: CaseFactLabels = {
  taxpayer: 'Contribuyente',
  taxpayerTypes: { individual: 'Persona', business: 'Negocio' },
  collectionActions: 'Acciones de cobro',
  actionNames: collectionActionNamesEs,
  noActions: 'Ninguna',
  covidImpact: 'El COVID-19 le afectó',
  impact: { yes: 'Sí', no: 'No', notSure: 'No estoy seguro' },
  name: 'Nombre',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  bestTime: 'Mejor horario',
  description: 'Qué está pasando',
  noDescription: '(nada)',
  notice: 'Aviso',
  dated: (date) => `con fecha ${dateInSpanish(date)}`,
  deadline: 'Fecha límite',
  estimate: 'Estimado',
};
