import { PLAN_MONTHS } from '../src/calc/index.js';
import type { CalcError } from '../src/calc/index.js';
import { deadlineRefusalEs } from '../src/render/deadlineTexts.es.js';
import type { CalcRefusalTexts } from './calculationReplies.js';

// What the taxpayer reads in Spanish when the calculation rules refuse the input.

/** The figure each field of the calculations holds. */
const FIELDS: Record<string, string> = {
  tax: 'del impuesto',
  penalty: 'de la multa y los intereses',
  interestSoFar: 'de los intereses',
  dueDate: 'de vencimiento',
  paymentDate: 'de pago',
  firstPaymentDate: 'del primer pago',
  noticeDate: 'del aviso',
};

const fieldOf = (error: CalcError) => FIELDS[error.field] ?? '';

function reason(error: CalcError): string {
  switch (error.code) {
    case 'INVALID_AMOUNT':
      return `El monto ${fieldOf(error)} debe ser de $0 o más, y no mayor de lo que acepta esta calculadora.`;
    case 'INVALID_DATE':
      return `La fecha ${fieldOf(error)} debe ser una fecha real entre los años 1990 y 2200.`;
    case 'INVALID_TERM':
      return `El plan debe ser de ${PLAN_MONTHS.min} a ${PLAN_MONTHS.max} meses.`;
    case 'UNKNOWN_TAX_TYPE':
      return 'No conozco ese tipo de impuesto.';
    case 'UNKNOWN_NOTICE_KIND':
      return 'No conozco ese tipo de aviso.';
    case 'INVALID_YEAR':
      return 'El año debe estar entre 1990 y 2200.';
  }
}

export const calcRefusalsEs: CalcRefusalTexts = {
  reason,
  figures: (why) => `No pude hacer el cálculo: ${why} Por favor, revise las cifras de su aviso e intente otra vez.`,
  // A notice's date refused: the date itself is what to check.
  deadline: deadlineRefusalEs,
};
