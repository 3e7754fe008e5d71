import type { TaxType } from '../calc/index.js';
import { safeHarborRule, waivedPenaltyRule } from '../calc/rules.js';
import type { BalanceCardTexts, PlanCardTexts, RefundCardTexts } from './calcMessages.js';

// The calculators' results in Spanish (a notice's deadline is in deadlineTexts.es.ts). Amounts keep the US format ($2,260.00); dates come in Spanish words.

/** Where a rule comes from: laws and document titles stay as they are written. */
const source = (citation: string) => `fuente: ${citation === 'DRS withholding guidance' ? 'guía del DRS sobre retenciones' : citation}`;

const months = (count: number) => `${count} ${count === 1 ? 'mes' : 'meses'}`;

const taxNames: Record<TaxType, string> = {
  individual_income: 'impuesto sobre el ingreso personal',
  business_sales_use: 'impuesto sobre ventas y uso (negocios)',
  withholding: 'impuesto retenido por el empleador',
};

const penaltyLabels: Record<TaxType, string> = {
  individual_income: 'Multa del 10% del impuesto sin pagar (sin mínimo de $50)',
  business_sales_use: 'Multa del 15% del impuesto sin pagar o $50, lo que sea mayor',
  withholding: 'Multa del 10% del monto que se debe',
};

const NO_PENALTY = 'Sin multa por pagar tarde: pagó al menos el 90% antes de la fecha original, y el resto con la declaración antes de la fecha extendida';

const PENALTY_WAIVED = 'Multa perdonada por el DRS, según nos dijo; los intereses no se pueden perdonar';

const ESTIMATE = 'Esto es un estimado. Vale el monto de su aviso.';

export const balanceCardEs: BalanceCardTexts = {
  monthsCounted: (count, from, to) => `${months(count)}, del ${from} al ${to} (una parte de un mes cuenta como un mes entero)`,
  interestOnTimeHeadline: (total) => `Intereses estimados: $0.00, pagado en la fecha de vencimiento o antes (${total} en total)`,
  interestHeadline: (interest, counted, total) => `Intereses estimados: ${interest} por ${counted}; ${total} en total con el impuesto y la multa`,
  penaltyHeadline: (penalty, total) => `Multa estimada: ${penalty}; ${total} en total con el impuesto y los intereses`,
  totalHeadline: (total) => `Estimado: ${total} en total`,
  interestOnlyHeadline: (interest, counted) => `Intereses estimados: ${interest} por ${counted}`,
  interestOnlyOnTimeHeadline: 'Intereses estimados: $0.00, pagado en la fecha de vencimiento o antes',
  taxTitle: 'Impuesto',
  tax: (tax, taxType, due) => `${tax} de ${taxNames[taxType]}, vencía el ${due}`,
  taxOfAnyType: (tax, due) => `${tax}, vencía el ${due}`,
  taxPaidLate: (tax, taxType, count) => `${tax}${taxType ? ` de ${taxNames[taxType]}` : ''}, pagado con ${months(count)} de atraso`,
  monthsLate: (count) => `${months(count)} (una parte de un mes cuenta como un mes entero)`,
  interestForMonths: (interest, count, perMonth, citation) => `${interest}: ${months(count)} × ${perMonth} (1% por mes o parte de un mes; ${source(citation)})`,
  penaltyDependsOnTax: 'Los intereses son iguales para todos los impuestos. La multa por pagar tarde no: depende de qué impuesto es. Pregunte "¿Cuánto voy a deber?" para sumar la multa y ver el total.',
  paidOnTitle: 'Fecha de pago',
  onTimeTitle: 'Multa e intereses',
  onTime: '$0.00: pagado en la fecha de vencimiento o antes',
  penaltyTitle: 'Multa',
  penalty: (penalty, rule, taxType) =>
    `${penalty}: ${rule.label === safeHarborRule.label ? NO_PENALTY : rule.label === waivedPenaltyRule.label ? PENALTY_WAIVED : penaltyLabels[taxType]} (${source(rule.citation)})`,
  interestTitle: 'Intereses',
  interest: (interest, count, perMonth, from, to, citation) =>
    `${interest}: ${months(count)} × ${perMonth} (1% por mes o parte de un mes, del ${from} al ${to}; ${source(citation)})`,
  totalTitle: 'Total',
  footer: () => [ESTIMATE, 'Los intereses no se pueden perdonar. Si paga antes, son menos.'],
  assumedIncomeTax:
    'No dijo qué impuesto es, así que se usa la regla del impuesto sobre el ingreso personal. Para el impuesto sobre ventas y uso de un negocio, la multa es del 15% o $50, lo que sea mayor.',
  penaltyOnlyHeadline: (penalty) => `Multa estimada por pagar tarde: ${penalty}`,
  taxOfType: (tax, taxType) => `${tax} de ${taxNames[taxType]}, pagado tarde`,
  interestOnTop: (perMonth) =>
    `${perMonth} al mes: el 1% del impuesto por cada mes o parte de un mes desde la fecha de vencimiento hasta que pague, además de la multa. Dé la fecha de vencimiento y la fecha de pago para ver el total.`,
  penaltyOnce: 'La multa se cobra una sola vez, no cada mes.',
  committeeApproval: (threshold, citation) => `Perdonar una multa de más de ${threshold} también necesita la aprobación del Comité de Revisión de Multas (Penalty Review Committee) (${source(citation)}).`,
  estimate: ESTIMATE,
  extensionPaid: (paidOnTime, total, rest) =>
    `Con su prórroga, pagó ${paidOnTime} de ${total} antes de la fecha de vencimiento original, así que solo cuenta el resto de ${rest} pagado después. Si pagó al menos el 90% a tiempo y el resto antes de la fecha extendida (6 meses después), no hay multa por pagar tarde; los intereses corren desde la fecha de vencimiento original.`,
  minimumApplies: (percent, byPercent, minimum) => `El ${percent}% sería ${byPercent}, menos que el mínimo de ${minimum}, así que se cobra el mínimo.`,
};

export const planCardEs: PlanCardTexts = {
  title: (monthly) => `Estimado de plan de pagos: ${monthly} al mes`,
  monthlyTitle: 'Pago mensual',
  monthly: (monthly, count, from, to) => `${monthly} por ${months(count)}, del ${from} al ${to}`,
  owedAtStartTitle: 'Deuda al inicio',
  interestTitle: 'Intereses durante el plan',
  interest: (total, citation) => `${total} (${source(citation)})`,
  totalPaidTitle: 'Total pagado',
  row: (payment, interest, left) => `${payment} (intereses ${interest}; queda ${left})`,
  assumptions: () => [
    'Cada mes se suma un interés del 1% del impuesto sin pagar, antes del pago de ese mes (también el primero). No se cobra sobre la multa ni sobre intereses anteriores.',
    'Las fuentes no dicen en qué orden el DRS aplica un pago. Este estimado pone cada pago primero a los intereses, luego a la multa y luego al impuesto.',
    'Los pagos son iguales, menos el último, que paga lo que falta.',
    'El DRS aprueba el plan y sus condiciones (de 2 a 12 meses). Valen los montos de su aviso y de su acuerdo.',
  ],
  notice: () => ESTIMATE,
};

export const refundCardEs: RefundCardTexts = {
  title: (lastDay) => `Plazo para reclamar un reembolso: hasta el ${lastDay}`,
  closedTitle: (lastDay) => `Plazo para reclamar un reembolso: terminó el ${lastDay}`,
  returnDueTitle: 'Vencía la declaración',
  claimByTitle: 'Reclame a más tardar',
  claimBy: (lastDay, citation) => `${lastDay} (3 años, ${source(citation)})`,
  timelyUntilTitle: 'A tiempo hasta',
  timelyUntil: (date) => `${date}: el último día cae en fin de semana o en un feriado oficial (${source('CGS §12-39a')})`,
  lateTitle: 'Fecha de su reclamo',
  late: (claimDate) => `${claimDate}: demasiado tarde. Es después del plazo de 3 años para reclamar un reembolso.`,
  footer: 'Si tuvo una prórroga, use la fecha extendida. Esto es un estimado. El DRS decide cada reclamo.',
};
