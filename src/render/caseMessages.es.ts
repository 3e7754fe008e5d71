import type { CollectionAction } from '../handoff/caseSummary.js';
import type { CaseFactLabels } from './caseMessages.js';

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
  dated: (date) => `con fecha ${date}`,
  deadline: 'Fecha límite',
  estimate: 'Estimado',
};
