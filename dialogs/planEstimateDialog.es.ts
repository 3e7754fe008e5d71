import type { PlanEstimateTexts } from './planEstimateDialog.js';

// "Estimado de plan de pagos" in Spanish.

export const planEstimateEs: PlanEstimateTexts = {
  tax: '¿Cuánto impuesto debe, sin contar la multa ni los intereses?',
  penalty: '¿Cuánto suman la multa y los intereses que ya muestra su aviso? Escriba 0 si no hay.',
  penaltyWhereToFind:
    'La multa y los intereses aparecen en su aviso de saldo pendiente, debajo del impuesto. Si no está seguro, escriba 0: el estimado cuenta solo el impuesto, así que sus pagos reales serían más altos. O escriba "salir" para parar.',
  months: '¿En cuántos meses pagaría? Por lo general, los planes del DRS son de 2 a 12 meses.',
  firstPaymentDate: '¿Cuándo sería el primer pago? Por ejemplo: "15 de enero" o "el viernes que viene".',
};
