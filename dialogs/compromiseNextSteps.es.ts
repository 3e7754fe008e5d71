import type { NextSteps } from '../src/render/nextStepsMessage.js';
import type { CompromiseOutcome, CompromisePath, CompromiseTexts } from './compromiseNextSteps.js';
import { commonStepsEs } from './guideSources.es.js';
import type { KeyedChoice } from './guideDialog.js';
import { sources } from './guideSources.js';

// The settle-or-pause guide (offer in compromise, hardship suspension) in Spanish. Titles stay within 20 characters; the English titles still pick.

const paths: readonly KeyedChoice<CompromisePath>[] = [
  {
    key: 'offer',
    value: 'Arreglar por menos',
    synonyms: ['oferta de compromiso', 'oferta', 'arreglo', 'arreglar', 'pagar menos', 'offer in compromise', 'oic', 'settle for less', 'settle'],
  },
  {
    key: 'hardship',
    value: 'Pausar el cobro',
    synonyms: ['dificultad economica', 'dificultad económica', 'suspension', 'suspensión', 'pausar', 'parar el cobro', 'detener el cobro', 'pause collection', 'hardship'],
  },
  { key: 'notSure', value: 'No estoy seguro', synonyms: ['no se', 'no sé', 'no estoy segura', 'los dos', 'ambos', 'expliqueme', 'explíqueme', 'not sure'] },
];

const explained = [
  'Hay dos formas en que el DRS puede ayudar cuando usted no puede pagar:',
  '- Una oferta de compromiso (offer in compromise) salda la deuda por menos de lo que debe. Es para personas con una duda real de que el impuesto sea correcto, o de que algún día puedan pagarlo todo. Usted debe tener todas sus declaraciones presentadas y no estar en una bancarrota activa ni bajo una investigación penal. También debe dar toda su información financiera.',
  '- Una suspensión temporal por dificultad económica (hardship suspension) pausa los embargos de salario, los embargos bancarios y las incautaciones de bienes. Es para cuando pagar le impediría cubrir sus gastos básicos. El impuesto se sigue debiendo y los intereses siguen sumándose.',
].join('\n');

function nextSteps(outcome: CompromiseOutcome, by?: string): NextSteps {
  const source = sources.noticeGuide;
  const { callDrs } = commonStepsEs;
  switch (outcome) {
    case 'offer':
      return {
        title: 'Qué hacer ahora: prepare una oferta de compromiso',
        steps: [
          { action: 'Prepare toda su información financiera: sus ingresos, sus bienes y sus gastos de cada mes. Incluya pruebas, como talones de pago, estados de cuenta del banco y facturas.' },
          { action: `${callDrs} Pregunte cómo enviar una oferta.`, by },
          { action: 'Siga haciendo pagos voluntarios mientras el DRS la revisa. Una oferta no detiene los embargos de salario ni los embargos bancarios, a menos que el DRS los suspenda de forma oficial.' },
        ],
        source,
      };
    case 'offerFileFirst':
      return {
        title: 'Qué hacer ahora: presente las declaraciones que faltan',
        steps: [
          { action: 'Presente cada declaración de impuestos de Connecticut que le falte. El DRS solo considera una oferta cuando todas las declaraciones están presentadas.' },
          { action: callDrs, by },
        ],
        source,
      };
    case 'offerBlocked':
      return {
        title: 'Qué hacer ahora: hable con el DRS',
        steps: [{ action: `No se puede hacer una oferta de compromiso durante una bancarrota activa o una investigación penal. ${callDrs}`, by }],
        source,
      };
    case 'askDrs':
      return {
        title: 'Qué hacer ahora: pregunte al DRS qué le sirve',
        steps: [{ action: `${callDrs} Pregunte si en su caso sirve una oferta de compromiso o una suspensión por dificultad económica.`, by }],
        source,
      };
    case 'hardship':
      return {
        title: 'Qué hacer ahora: pida una suspensión por dificultad económica',
        steps: [
          { action: 'Reúna los papeles de sus ingresos y gastos: estados de cuenta del banco, registros de su pago y pruebas de sus gastos fijos, como la renta, la luz y el agua.' },
          { action: `${callDrs} Pida una suspensión temporal del cobro por dificultad económica.`, by },
          { action: 'El saldo se sigue debiendo y los intereses siguen sumándose al 1% al mes. La suspensión solo pausa los embargos de salario, los embargos bancarios y las incautaciones.' },
        ],
        source,
      };
  }
}

export const compromiseEs: CompromiseTexts = {
  paths,
  askPath: '¿Qué le ayudaría?',
  askPathAgain: '¿Cuál se parece más a lo que necesita?',
  explained,
  askBasicNeeds: '¿Pagar le impediría cubrir sus gastos básicos, como la renta, la luz y el agua, o la comida?',
  askFiled: '¿Presentó todas sus declaraciones de impuestos de Connecticut?',
  planFitsBetter: 'Entonces puede que un plan de pagos le sirva más. Vamos a verlo.',
  askBlocked: '¿Está en una bancarrota activa o bajo una investigación penal?',
  nextSteps,
};
