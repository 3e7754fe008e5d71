import type { OwedEstimateTexts } from './owedEstimateDialog.js';

// "¿Cuánto deberé?" in Spanish. Titles stay within 20 characters; the English titles pick them too.

export const owedEstimateEs: OwedEstimateTexts = {
  taxTypes: [
    { value: 'Ingreso personal', key: 'individual_income', synonyms: ['impuesto sobre el ingreso', 'ingreso', 'ingresos', 'renta', 'income tax', 'income'] },
    { value: 'Ventas y uso', key: 'business_sales_use', synonyms: ['impuesto sobre ventas y uso', 'ventas', 'impuesto sobre las ventas', 'sales and use tax', 'sales tax', 'sales'] },
    { value: 'Retención de nómina', key: 'withholding', synonyms: ['retencion de nomina', 'retencion', 'retenciones', 'nomina', 'withholding tax', 'withholding'] },
  ],
  whichTax: '¿Qué impuesto es?',
  whichTaxRetry: 'Por favor, elija ingreso personal, ventas y uso, o retención de nómina.',
  unpaidTax: '¿Cuánto impuesto quedó sin pagar (sin contar la multa ni los intereses)?',
  dueDate: '¿Cuándo vencía el impuesto? Por ejemplo: 15 de abril de 2025.',
  paymentDate: '¿Cuándo va a pagar (o cuándo pagó)? Puede escribir "hoy".',
};
