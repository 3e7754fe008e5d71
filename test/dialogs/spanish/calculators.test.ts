import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { Database } from '../../../src/db/database.js';
import { replyText } from '../../fixtures/botHarness.js';
import { CHANNELS, pick, playConversation } from '../../fixtures/conversation.js';
import type { ChannelId, Row } from '../../fixtures/conversation.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** What the English calculators say, which a Spanish conversation must never show. */
const ENGLISH = [
  /Please (choose|enter)/,
  /Reply \d/,
  /What to do next/,
  /Main menu/,
  /\bEstimated?\b/,
  /Which (tax|notice)/,
  /How much/,
  /When (was|will|would|is)\b/,
  /\bNot sure\b/,
  /\b(Tax|Paid on|Penalty|Interest|Window|Last day|Act by|Return due|Monthly payment|Owed at the start|Total paid):/,
  /Still timely/,
  /Claim a refund/,
  /This is an estimate/,
  /\bcancel\b/,
  /\b(months?|days|interest|left)\b/,
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d/,
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
];

function expectNoEnglish(channelId: ChannelId, replies: Partial<Activity>[]): void {
  const text = replies.map(replyText).join('\n---\n');
  for (const pattern of ENGLISH) expect(text, `${channelId}: English ${String(pattern)}`).not.toMatch(pattern);
}

const AMOUNT_RETRY = /^Por favor, escriba un monto como 1,250\.00\.$/m;
const DATE_RETRY = /Por favor, escriba una fecha como 15 de abril de 2025 \(o "hoy"\)\./;

const walks: Record<string, (channelId: ChannelId) => Row[]> = {
  '¿Cuánto deberé? from the menu, with "no sé", bad answers and Spanish amounts and dates': () => [
    ['Español', /De acuerdo, seguiré en español\./],
    [pick('Calculadoras', 6), /¿Qué quiere que le calcule\?[\s\S]*¿Cuánto deberé\?[\s\S]*Mi fecha límite[\s\S]*Estimado de plan[\s\S]*Plazo para reclamar/],
    [pick('¿Cuánto deberé?', 1), /¿Qué impuesto es\?[\s\S]*Ingreso personal[\s\S]*Ventas y uso[\s\S]*Retención de nómina/],
    ['ingreso personal', /¿Cuánto impuesto quedó sin pagar \(sin contar la multa ni los intereses\)\?/],
    ['no sé', [/Los montos están en su aviso de saldo pendiente: el impuesto aparece aparte de la multa y los intereses/, /llame al DRS al 860-297-5962/, /escriba "salir" para parar/]],
    ['mucho', AMOUNT_RETRY],
    ['$2.000', /¿Cuándo vencía el impuesto\? Por ejemplo: 15 de abril de 2025\./],
    ['pronto', DATE_RETRY],
    ['15/4/2024', /¿Cuándo va a pagar \(o cuándo pagó\)\? Puede escribir "hoy"\./],
    [
      'el 10 de julio de 2024',
      [
        /Estimado: \$2,260\.00 en total/,
        /Impuesto: \$2,000\.00 de impuesto sobre el ingreso personal, vencía el 15 de abril de 2024/,
        /Fecha de pago: 10 de julio de 2024/,
        /Multa: \$200\.00: Multa del 10% del impuesto sin pagar \(sin mínimo de \$50\) \(fuente: CGS §12-735\(a\)/,
        /Intereses: \$60\.00: 3 meses [×x] \$20\.00 \(1% por mes o parte de un mes, del 16 de abril de 2024 al 15 de julio de 2024; fuente: CGS §12-735\(a\)/,
        /Total: \$2,260\.00/,
        /Esto es un estimado\. Vale el monto de su aviso\./,
        /Los intereses no se pueden perdonar/,
      ],
    ],
  ],
  '¿Cuánto deberé? from a Spanish question: the tax chosen by name': () => [
    ['¿cuánto voy a deber si pago $2,000 tarde?', /¿Qué impuesto es\?/],
    [pick('Ventas y uso', 2), /¿Cuándo vencía el impuesto\?/],
    ['30 de abril de 2025', /¿Cuándo va a pagar/],
    [
      '20/5/2025',
      [
        /^Estimado: \$2,320\.00 en total/m,
        /Intereses: \$20\.00: 1 mes [×x] \$20\.00 \(1% por mes o parte de un mes, del 1 de mayo de 2025 al 31 de mayo de 2025/,
        /Multa: \$300\.00: Multa del 15% del impuesto sin pagar o \$50, lo que sea mayor \(fuente: CGS §12-419\(a\)\)/,
      ],
    ],
  ],
  'Mi fecha límite, with "No estoy seguro" and the R859': (channelId) => [
    ['cuándo vence mi aviso', /¿Qué aviso recibió\?[\s\S]*Intención de retener[\s\S]*Saldo pendiente[\s\S]*Aviso R859[\s\S]*No estoy seguro/],
    [pick('No estoy seguro', 4), [/Mire arriba en la carta[\s\S]*agencia privada de cobro si no paga en 10 días[\s\S]*¿Qué aviso recibió\?/, ...(channelId === 'sms' ? [/Responda 1, 2, 3 o 4\./] : [])]],
    [pick('Aviso R859', 3), /¿Qué fecha tiene impresa el aviso\? Por ejemplo: 5 de mayo de 2026\./],
    ['no sé', DATE_RETRY],
    [
      '4/8/2025',
      [
        /Su fecha límite: jueves, 17 de abril de 2025/,
        /Aviso: R859 \(envío a una agencia privada de cobro\), del 8 de abril de 2025/,
        /Plazo: 10 días \(Connecticut balance due notice guide\)/,
        /Último día: viernes, 18 de abril de 2025/,
        /A tiempo hasta: lunes, 21 de abril de 2025: el último día es fin de semana o feriado \(CGS §12-39a\)/,
        /Actúe a más tardar: jueves, 17 de abril de 2025, para estar seguro/,
        /Qué hacer: Pague, o hable con el DRS al 860-297-5962/,
        /Los 10 días son según el aviso/,
        /Es un estimado desde la fecha del aviso\. Vale la fecha de su aviso\./,
      ],
    ],
  ],
  'Estimado de plan, with "no sé" for the penalty, a term outside 2–12 and months in words': (channelId) => [
    ['cuánto pagaría al mes en un plan de pagos', /¿Cuánto impuesto debe, sin contar la multa ni los intereses\?/],
    ['1.000 dólares', /¿Cuánto suman la multa y los intereses que ya muestra su aviso\? Escriba 0 si no hay\./],
    ['no estoy segura', /Si no está seguro, escriba 0: el estimado cuenta solo el impuesto, así que sus pagos reales serían más altos/],
    ['0', /¿En cuántos meses pagaría\? Por lo general, los planes del DRS son de 2 a 12 meses\./],
    ['24', /Por favor, escriba un número de meses del 2 al 12\./],
    ['tres', /¿Cuándo sería el primer pago\? Por ejemplo: "15 de enero" o "el viernes que viene"\./],
    [
      '31/1/2027',
      [
        /Estimado de plan de pagos: \$340\.03 al mes/,
        /Pago mensual: \$340\.03 por 3 meses, del 31 de enero de 2027 al 31 de marzo de 2027/,
        /Deuda al inicio: \$1,000\.00/,
        /Total pagado: \$1,020\.07/,
        /Esto es un estimado\. Vale el monto de su aviso\./,
        ...(channelId === 'sms'
          ? []
          : [/28 de febrero de 2027: \$340\.03 \(intereses \$6\.70; queda \$336\.64\)/, /primero a los intereses, luego a la multa y luego al impuesto/]),
      ],
    ],
  ],
  'Plazo para reclamar, from a Spanish question': () => [
    ['hasta cuándo puedo reclamar mi reembolso', /¿Cuándo vencía la declaración de impuestos\? Si tuvo una prórroga, use la fecha de la prórroga\./],
    [
      '18 de abril de 2022',
      [
        // Asked on November 21, 2026: the window has closed.
        /Plazo para reclamar un reembolso: terminó el 18 de abril de 2025/,
        /Vencía la declaración: 18 de abril de 2022/,
        /Reclame a más tardar: viernes, 18 de abril de 2025 \(3 años, fuente: CGS §12-732\(a\)\(1\)\)/,
        /A tiempo hasta: lunes, 21 de abril de 2025/,
        /Fecha de su reclamo: 21 de noviembre de 2026: demasiado tarde\. Es después del plazo de 3 años/,
        /El DRS decide cada reclamo\./,
      ],
    ],
  ],
};

describe('the calculators in a Spanish conversation', () => {
  for (const channelId of CHANNELS) {
    it.each(Object.keys(walks))(`${channelId}: %s`, async (walk) => {
      const replies = await playConversation(db, channelId, walks[walk]?.(channelId) ?? []);
      expectNoEnglish(channelId, replies);
    });
  }
});

describe('a Spanish question with its figures gets the result at once', () => {
  const questions: readonly Row[] = [
    [
      '¿Cuánto debo de intereses si pago $2.000 de impuesto sobre el ingreso que vencía el 15 de abril de 2024 el 10 de julio de 2024?',
      /^Intereses estimados: \$60\.00 por 3 meses, del 16 de abril de 2024 al 15 de julio de 2024 \(una parte de un mes cuenta como un mes entero\); \$2,260\.00 en total con el impuesto y la multa/m,
    ],
    // Interest alone, with no tax named: no question about which tax, no penalty or total.
    ['¿cuánto debo de intereses si pago $2,000 tarde?', /¿Cuándo vencía el impuesto\?/],
    ['¿cuántos intereses pago por $2.000 que vencían el 15 de abril de 2024 si pago el 15 de octubre de 2024?', [/^Intereses estimados: \$120\.00 por 6 meses, del 16 de abril de 2024 al 15 de octubre de 2024 \(una parte de un mes cuenta como un mes entero\)$/m, /La multa por pagar tarde no: depende de qué impuesto es/]],
    ['¿cuánto debo de multa si pago hoy 1.250,50 dólares de retención de nómina que vencía el 30/4/2026?', /^Multa estimada: \$125\.05; \$1,463\.12 en total con el impuesto y los intereses/m],
    ['me llegó un R859 con fecha 8 de abril de 2025, ¿cuál es mi fecha límite?', /Último día: viernes, 18 de abril de 2025/],
    ['¿cuál es la fecha límite de mi aviso de intención de compensación? tiene fecha del 5 de mayo de 2026', [/Último día: sábado, 4 de julio de 2026/, /Actúe a más tardar: jueves, 2 de julio de 2026/, /SIS Unit, 450 Columbus Blvd/]],
    ['hasta cuándo puedo reclamar mi reembolso si la declaración vencía el 15 de abril de 2024', /Reclame a más tardar: jueves, 15 de abril de 2027/],
    // A later month named for the claim is compared with the window.
    [
      'nunca presenté la del 2021, vencía el 18 de abril de 2022. si la mando en mayo del 2025 me devuelven lo q me sobró?',
      [/Plazo para reclamar un reembolso: terminó el 18 de abril de 2025/, /Fecha de su reclamo: mayo de 2025: demasiado tarde/],
    ],
    // Months late with no dates: worked out from the months alone.
    [
      'debo $2,000 de income tax y pagué 6 meses tarde, ¿cuánto es el total con multa e intereses?',
      [/^Estimado: \$2,320\.00 en total/m, /Impuesto: \$2,000\.00 de impuesto sobre el ingreso personal, pagado con 6 meses de atraso/, /Intereses: \$120\.00: 6 meses [×x] \$20\.00 \(1% por mes o parte de un mes; fuente: CGS/],
    ],
    // A payment date without its year follows the due date.
    ['debía 300 de income tax para el 15 de abril de 2025 y pagué el 1 de junio, ¿cuánto me toca pagar?', [/Fecha de pago: 1 de junio de 2025/, /Total: \$336\.00/]],
    // "una liquidación" is not one o'clock, and "el último día" is not yesterday.
    ['no estoy de acuerdo con una liquidación (balance due notice) con fecha 12 de agosto de 2025, ¿cuál es el último día para presentar una protesta?', /Último día: sábado, 11 de octubre de 2025/],
    ['pagué $800 de retenciones con 3 meses y medio de retraso, ¿cuánto sería el total con multa e intereses?', /^Estimado: \$912\.00 en total/m],
  ];
  for (const channelId of CHANNELS) {
    it.each(questions)(`${channelId}: %j`, async (says, expected) => {
      const replies = await playConversation(db, channelId, [[says, expected]]);
      expectNoEnglish(channelId, replies);
    });
  }

  it.each(CHANNELS)('%s: a plan question with its figures asks only for the penalty', async (channelId) => {
    const replies = await playConversation(db, channelId, [
      ['¿cuánto pagaría al mes en un plan de pagos de $1,000 en 3 meses desde el 31 de enero de 2027?', /¿Cuánto suman la multa y los intereses/],
      ['$0', /Estimado de plan de pagos: \$340\.03 al mes/],
    ]);
    expectNoEnglish(channelId, replies);
  });
});

describe('"cuánto debo" inside another question', () => {
  it.each(CHANNELS)('%s: "¿cómo sabe el DRS cuánto debo?" asks how DRS knows, and is answered, not calculated', async (channelId) => {
    const replies = await playConversation(db, channelId, [['Nunca declaré en CT, ahora me llegó un bill. ¿Cómo sabe el DRS cuánto debo?', /declaraci[oó]n/]]);
    expect(replies.map(replyText).join('\n')).not.toMatch(/¿Qué impuesto es\?/);
  });
});

describe('input the rules refuse, explained in Spanish', () => {
  it.each(CHANNELS)('%s: a date outside the years the calculator covers, and an amount too large', async (channelId) => {
    const replies = await playConversation(db, channelId, [
      [
        '¿cuánto debo si pago hoy $2,000 de impuesto sobre el ingreso que vencía el 15 de abril de 1985?',
        /^No pude hacer el cálculo: La fecha de vencimiento debe ser una fecha real entre los años 1990 y 2200\. Por favor, revise las cifras de su aviso e intente otra vez\.$/m,
      ],
      [
        '¿cuánto debo si pago hoy veinte mil millones de dólares de impuesto sobre el ingreso que vencía el 15 de abril de 2024?',
        /^No pude hacer el cálculo: El monto del impuesto debe ser de \$0 o más, y no mayor de lo que acepta esta calculadora\./m,
      ],
    ]);
    expectNoEnglish(channelId, replies);
  });
});

describe('calculators as actions of Spanish answers', () => {
  it.each(CHANNELS)('%s: "Mi fecha límite" after the R859 answer knows which notice it is', async (channelId) => {
    const replies = await playConversation(db, channelId, [
      ['¿qué es el aviso R859?', /El aviso R859[\s\S]*Mi fecha límite/],
      ['Mi fecha límite', /¿Qué fecha tiene impresa el aviso\?/],
      ['5/1/2025', [/R859 \(envío a una agencia privada de cobro\), del 1 de mayo de 2025/, /Último día: domingo, 11 de mayo de 2025/, /A tiempo hasta: lunes, 12 de mayo de 2025/]],
    ]);
    expectNoEnglish(channelId, replies);
  });
});
