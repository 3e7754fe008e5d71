import { drsContacts, otherContacts } from '../src/kb/contacts.js';
import { commonStepsEs } from './guideSources.es.js';
import type { PlanCheckTexts, PlanRoute, PlanRouteTexts } from './planCheckNextSteps.js';

// The payment plan check in Spanish.

const routes: Record<PlanRoute, PlanRouteTexts> = {
  online: {
    title: 'Qué hacer ahora: pida el plan en línea',
    steps: (by) => [
      {
        action: [
          'Pida un plan de pagos en myconneCT.',
          'Por lo general, el plan en línea es para deudas actuales de $10,000 o menos y de 12 meses como máximo.',
          'Además, debe tener todas sus declaraciones presentadas, no estar en bancarrota, no tener una orden de cobro (warrant) ni una investigación penal, y no estar ya en cobranza.',
          'Confirme las reglas de hoy allí o con el DRS.',
        ].join(' '),
        by,
      },
    ],
  },
  written: {
    title: 'Qué hacer ahora: pida el plan por carta a la Unidad de Cobros',
    steps: (by) => [
      {
        action: [
          'Envíe una carta a la Unidad de Cobros (Collections Unit) del DRS.',
          'Explique por qué no puede pagar todo.',
          'Incluya sus talones de pago, estados de cuenta recientes del banco y pruebas de sus gastos de cada mes.',
          `Llame al DRS al ${drsContacts.phone} para confirmar a dónde enviarla.`,
        ].join(' '),
        by,
      },
    ],
  },
  askDrs: {
    title: 'Qué hacer ahora: pregunte al DRS qué plan le sirve',
    steps: (by) => [{ action: `${commonStepsEs.callDrs} Pregunte qué plan de pagos puede tener.`, by }],
  },
  fileFirst: {
    title: 'Qué hacer ahora: presente las declaraciones que faltan',
    steps: (by) => [
      {
        action:
          'Presente cada declaración de impuestos de Connecticut que le falte (myconneCT muestra las que ya presentó). El DRS solo aprueba un plan cuando todas las declaraciones están presentadas.',
      },
      { action: `Después pida un plan. ${commonStepsEs.callDrs}`, by },
    ],
  },
  bankruptcy: {
    title: 'Qué hacer ahora: llame a la Unidad de Bancarrotas',
    steps: () => [
      {
        action: `Llame a la Unidad de Bancarrotas (Bankruptcy Unit) del DRS al ${otherContacts.bankruptcyUnitPhone} (${otherContacts.bankruptcyUnitHours}). Tenga a mano el número de su caso de bancarrota y el nombre del tribunal. No puede tener un plan de pagos del DRS mientras tenga una bancarrota activa.`,
      },
    ],
  },
};

export const planCheckEs: PlanCheckTexts = {
  intro: 'Le haré tres preguntas para ver la mejor forma de pedir un plan de pagos. Por lo general, los planes del DRS duran de 2 a 12 meses.',
  askFiled: '¿Presentó todas sus declaraciones de impuestos de Connecticut, también las de años pasados?',
  filedNotSure: 'En myconneCT puede ver qué declaraciones tiene el DRS. Por ahora, voy a suponer que todas están presentadas.',
  askBankruptcy: '¿Tiene un caso de bancarrota activo?',
  askTotal: '¿Lo que le debe hoy al DRS, sumando todos los períodos, es más de $10,000?',
  askEstimate: '¿Quiere un estimado del pago de cada mes?',
  routes,
  estimate: (monthlyPayment, months) => `Estimado: unos ${monthlyPayment} al mes durante ${months} meses. Es solo un estimado; vale el monto de su aviso.`,
  interest: 'Mientras usted paga, los intereses siguen sumándose al 1% al mes sobre el impuesto sin pagar. Y el DRS todavía puede retener sus reembolsos de impuestos hasta que pague todo el saldo.',
};
