import type { RefundWindowTexts } from './refundWindowDialog.js';

// "Plazo para reclamar un reembolso" in Spanish.

export const refundWindowEs: RefundWindowTexts = {
  dueDate: '¿Cuándo vencía la declaración de impuestos? Si tuvo una prórroga, use la fecha de la prórroga. Por ejemplo: 15 de abril de 2024.',
};
