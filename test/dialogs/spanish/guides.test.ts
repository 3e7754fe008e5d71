import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { CHANNELS, expectChannelRules, guideClock, pick } from '../../fixtures/conversation.js';
import type { ChannelId, Pick } from '../../fixtures/conversation.js';
import { openTestDatabase } from '../../fixtures/databases.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/**
 * One turn: what the taxpayer says (or picks), what the replies must contain, and whether another
 * part of the assistant answers in it (the notice deadline, the plan estimate calculator), so its
 * replies are not checked for English.
 */
type SpanishRow = readonly [says: string | Pick, replies: RegExp | readonly RegExp[], answeredElsewhere?: 'elsewhere'];

/** English a guide's own replies must never show in a Spanish conversation. */
const ENGLISH = [
  /What to do next/,
  /Please choose/,
  /Reply \d/,
  /Source:/,
  /\bNot sure\b/,
  /\bTalk to a person\b/,
  /\bMain menu\b/,
  /^Yes$/m,
  /\b(the|you|your|what|please|would|have|which)\b/i,
];

/** The question every guide ends with, in Spanish. */
const OFFERS_PERSON = /¿Quiere hablar de esto con una persona del DRS[\s\S]*Hablar con alguien[\s\S]*Menú principal/;
const SPANISH_FOOTER = /Fuente: [\s\S]*Las fechas y los montos de su aviso son los que valen\./;

async function playInSpanish(channelId: ChannelId, rows: readonly SpanishRow[]): Promise<void> {
  const { say } = createBotHarness(db, channelId, projectKnowledge, guideClock);
  for (const [says, expected, answeredElsewhere] of rows) {
    const text = typeof says === 'string' ? says : channelId === 'sms' ? String(says.number) : says.choose;
    const replies = await say(text);
    expectChannelRules(channelId, replies);
    const joined = replies.map(replyText).join('\n---\n');
    for (const pattern of typeof expected === 'object' && 'length' in expected ? expected : [expected]) expect(joined, `${channelId}, after "${text}"`).toMatch(pattern);
    if (answeredElsewhere) continue;
    for (const english of ENGLISH) expect(joined, `${channelId}, English after "${text}"`).not.toMatch(english);
  }
}

const YES = pick('Sí', 1);
const NO = pick('No', 2);
const NOT_SURE = pick('No estoy seguro', 3);

describe('the refund offset guide in Spanish', () => {
  const SITUATIONS = /¿Qué describe mejor su situación\?[\s\S]*Aviso de retención[\s\S]*Deuda de mi cónyuge[\s\S]*Bancarrota[\s\S]*Ya pagué[\s\S]*También me embargan[\s\S]*¿Cuándo se aplica\?/;
  const OPEN: SpanishRow[] = [
    ['Español', /¿En qué le puedo ayudar\?/],
    [pick('Reembolso retenido', 2), /Reembolso paso a paso/],
    [pick('Reembolso paso a paso', 1), SITUATIONS],
  ];
  const NOTICE: SpanishRow[] = [...OPEN, [pick('Aviso de retención', 1), [/Notice of Intent to Offset \(60 días para actuar\)/, /¿Qué fecha tiene impresa su aviso[\s\S]*Por ejemplo: 5 de mayo de 2026\./]]];
  const PAY_OR_REVIEW = /¿Quiere pagar toda la deuda\?[\s\S]*Pagar todo[\s\S]*Pedir una revisión/;

  const paths: Record<string, SpanishRow[]> = {
    'the Notice of Intent to Offset, paid in full within the 60 days': [
      ...NOTICE,
      ['10/1/2026', [/Su fecha límite: lunes, 30 de noviembre de 2026/, PAY_OR_REVIEW]],
      [pick('Pagar todo', 1), [/Qué hacer ahora: pague todo/, /Commissioner of Revenue Services/, /no tiene que enviar el cupón por correo\. A más tardar el lunes, 30 de noviembre de 2026\./, /Guarde la prueba del pago/, /Fuente: DRS: Refund offset and Treasury Offset Program/, SPANISH_FOOTER, OFFERS_PERSON]],
    ],
    'the Notice of Intent to Offset, an answer that is not a date asked again, a date in words, then a review at the SIS Unit': [
      ...NOTICE,
      ['no me acuerdo', /Por favor, escriba una fecha como 15 de abril de 2025 \(o "hoy"\)\./],
      ['el cuatro de septiembre', [/Su fecha límite: martes, 3 de noviembre de 2026/, PAY_OR_REVIEW]],
      ['no estoy de acuerdo', [/Cómo pedir una revisión/, /Qué hacer ahora: pida una revisión/, /SIS Unit, 450 Columbus Blvd\., Hartford CT 06103\. Guarde una copia\. A más tardar el martes, 3 de noviembre de 2026\./, OFFERS_PERSON]],
    ],
    "a spouse's debt on a joint return: IRS Form 8379": [
      ...OPEN,
      [pick('Deuda de mi cónyuge', 2), [/Formulario 8379/, /Qué hacer ahora: pida su parte con el Formulario 8379 del IRS/, /al IRS al 1-800-829-3676/, /llame al 1-800-829-1040/, SPANISH_FOOTER, OFFERS_PERSON]],
    ],
    'bankruptcy: the Bankruptcy Unit and the automatic stay': [
      ...OPEN,
      [pick('Bancarrota', 3), [/Qué hacer ahora: avise a la Unidad de Bancarrotas/, /860-297-5921 \(8:30 a\.m\.[–-]4:30 p\.m\.\)/, /suspensión automática \(automatic stay\)/, OFFERS_PERSON]],
    ],
    'already paid, typed without accents: how the overpayment comes back': [
      ...OPEN,
      ['ya pague', [/Qué hacer ahora: confirme su saldo/, /llame al DRS al 860-297-5962/, /a nombre de los dos/, /al menos cuatro semanas/, OFFERS_PERSON]],
    ],
    'garnishment while the offset paid the debt: the FMS letter': [
      ...OPEN,
      [pick('También me embargan', 5), [/Qué hacer ahora: envíe al DRS la carta del FMS/, /Collections Unit [–-] Warrants/, /por fax a la Unidad de Salarios \(Wage Unit\) al 860-297-5843/, OFFERS_PERSON]],
    ],
    'how long the offset takes to post': [
      ...OPEN,
      [pick('¿Cuándo se aplica?', 6), [/Qué hacer ahora: espere a que se aplique/, /al menos cuatro semanas/, /le devuelve la diferencia/, OFFERS_PERSON]],
    ],
  };

  describe.each(CHANNELS)('on %s', (channelId) => {
    it.each(Object.entries(paths))('%s', async (_name, rows) => {
      await playInSpanish(channelId, rows);
    });
  });
});

describe('the payment plan check in Spanish', () => {
  const FILED = /de 2 a 12 meses[\s\S]*¿Presentó todas sus declaraciones de impuestos de Connecticut, también las de años pasados\?[\s\S]*Sí[\s\S]*No[\s\S]*No estoy seguro/;
  // A question written in Spanish makes the conversation Spanish; its answer offers the check.
  const OPEN: SpanishRow[] = [
    ['quiero un plan de pagos', /¿Puedo tener un plan\?/],
    [pick('¿Puedo tener un plan?', 3), FILED],
  ];
  const UNDER_LIMIT: SpanishRow[] = [...OPEN, [YES, /¿Tiene un caso de bancarrota activo\?/], [NO, /sumando todos los períodos, es más de \$10,000\?/]];
  const ESTIMATE = /¿Quiere un estimado del pago de cada mes\?[\s\S]*Sí[\s\S]*No/;

  const paths: Record<string, SpanishRow[]> = {
    'all filed, no bankruptcy, $10,000 or less: an estimate hands over to the plan calculator': [
      ...UNDER_LIMIT,
      [NO, ESTIMATE],
      // The plan estimate calculator asks its own questions from here, in Spanish too.
      [YES, /¿Cuánto impuesto debe, sin contar la multa ni los intereses\?/],
      ['$4.000', /¿Cuánto suman la multa y los intereses/],
      ['0', /¿En cuántos meses pagaría\?/],
      ['seis', /¿Cuándo sería el primer pago\?/],
      ['15/12/2026', [/Estimado de plan de pagos: \$690\.20 al mes/, /Qué hacer ahora: pida el plan en línea/, /Estimado: unos \$690\.20 al mes durante 6 meses/, SPANISH_FOOTER, OFFERS_PERSON]],
    ],
    'all filed, no bankruptcy, $10,000 or less, no estimate: apply online': [
      ...UNDER_LIMIT,
      [NO, ESTIMATE],
      [NO, [/Qué hacer ahora: pida el plan en línea/, /deudas actuales de \$10,000 o menos y de 12 meses como máximo/, /al 1% al mes/, /^(?![\s\S]*Estimado: unos)/, SPANISH_FOOTER, OFFERS_PERSON]],
    ],
    'over $10,000: a letter to the Collections Unit': [
      ...UNDER_LIMIT,
      [YES, ESTIMATE],
      [NO, [/Qué hacer ahora: pida el plan por carta a la Unidad de Cobros/, /talones de pago, estados de cuenta recientes del banco/, /Llame al DRS al 860-297-5962 para confirmar/, OFFERS_PERSON]],
    ],
    'not sure of the total: ask DRS': [...UNDER_LIMIT, [NOT_SURE, ESTIMATE], [NO, [/Qué hacer ahora: pregunte al DRS qué plan le sirve/, /860-297-5962/, OFFERS_PERSON]]],
    'returns not filed: file them first': [...OPEN, [NO, [/Qué hacer ahora: presente las declaraciones que faltan/, /solo aprueba un plan cuando todas/, /Después pida un plan\./, OFFERS_PERSON]]],
    'in bankruptcy: the Bankruptcy Unit, no plan': [
      ...OPEN,
      [YES, /bancarrota activo/],
      [YES, [/Qué hacer ahora: llame a la Unidad de Bancarrotas/, /860-297-5921/, /No puede tener un plan de pagos del DRS mientras tenga una bancarrota activa/, OFFERS_PERSON]],
    ],
    'not sure of the returns or the bankruptcy: where to look, then ask DRS': [
      ...OPEN,
      [NOT_SURE, [/En myconneCT puede ver qué declaraciones tiene el DRS/, /¿Tiene un caso de bancarrota activo\?/]],
      [NOT_SURE, [/Qué hacer ahora: pregunte al DRS qué plan le sirve/, OFFERS_PERSON]],
    ],
  };

  describe.each(CHANNELS)('on %s', (channelId) => {
    it.each(Object.entries(paths))('%s', async (_name, rows) => {
      await playInSpanish(channelId, rows);
    });
  });
});

describe('the settle-or-pause guide (offer in compromise, hardship suspension) in Spanish', () => {
  const WHICH = /¿Qué le ayudaría\?[\s\S]*Arreglar por menos[\s\S]*Pausar el cobro[\s\S]*No estoy seguro/;
  const OPEN: SpanishRow[] = [
    ['Español', /¿En qué le puedo ayudar\?/],
    [pick('Planes de pago', 3), /Arreglar o pausar/],
    [pick('Arreglar o pausar', 2), WHICH],
  ];
  const OFFER: SpanishRow[] = [...OPEN, [pick('Arreglar por menos', 1), /¿Presentó todas sus declaraciones de impuestos de Connecticut\?/]];
  const HARDSHIP: SpanishRow[] = [...OPEN, [pick('Pausar el cobro', 2), /¿Pagar le impediría cubrir sus gastos básicos/]];

  const paths: Record<string, SpanishRow[]> = {
    'an offer in compromise: full financial disclosure, collection does not stop': [
      ...OFFER,
      [YES, /¿Está en una bancarrota activa o bajo una investigación penal\?/],
      [NO, [/Oferta de compromiso: saldar una deuda/, /Qué hacer ahora: prepare una oferta de compromiso/, /sus ingresos, sus bienes y sus gastos de cada mes/, /no detiene los embargos de salario ni los embargos bancarios/, SPANISH_FOOTER, OFFERS_PERSON]],
    ],
    'an offer with returns not filed': [...OFFER, [NO, [/Qué hacer ahora: presente las declaraciones que faltan/, /solo considera una oferta cuando todas/, OFFERS_PERSON]]],
    'an offer during a bankruptcy or a criminal investigation': [
      ...OFFER,
      [YES, /bancarrota activa/],
      [YES, [/Qué hacer ahora: hable con el DRS/, /durante una bancarrota activa o una investigación penal/, OFFERS_PERSON]],
    ],
    'a hardship suspension: what DRS needs to see, interest still runs': [
      ...HARDSHIP,
      [YES, [/Suspensión temporal de cobros por dificultad económica/, /Qué hacer ahora: pida una suspensión por dificultad económica/, /estados de cuenta del banco/, /al 1% al mes/, OFFERS_PERSON]],
    ],
    'no hardship: the payment plan check, in Spanish too': [
      ...HARDSHIP,
      [NO, [/un plan de pagos le sirva más/, /también las de años pasados\?/]],
      [NO, [/Qué hacer ahora: presente las declaraciones que faltan/, /solo aprueba un plan/, OFFERS_PERSON]],
    ],
    'not sure: both explained, then DRS': [
      ...OPEN,
      [NOT_SURE, [/salda la deuda por menos de lo que debe/, /pausa los embargos de salario, los embargos bancarios/, /¿Cuál se parece más a lo que necesita\?/]],
      [NOT_SURE, [/Qué hacer ahora: pregunte al DRS qué le sirve/, OFFERS_PERSON]],
    ],
  };

  describe.each(CHANNELS)('on %s', (channelId) => {
    it.each(Object.entries(paths))('%s', async (_name, rows) => {
      await playInSpanish(channelId, rows);
    });
  });
});

describe('the penalty waiver guide in Spanish', () => {
  const CAUSE = /¿Qué le impidió pagar o presentar a tiempo\?[\s\S]*Enfermedad grave[\s\S]*Desastre natural[\s\S]*Consejo del DRS[\s\S]*Otra cosa/;
  const OPEN: SpanishRow[] = [
    ['Español', /¿En qué le puedo ayudar\?/],
    [pick('Multas e intereses', 4), /Pedir que la quiten/],
    [pick('Pedir que la quiten', 1), CAUSE],
  ];
  const AMOUNT = /¿La multa que quiere que le perdonen es de más de \$5,000\?/;
  const STEPS = [/Qué hacer ahora: pida que le perdonen la multa/, /Formulario DRS-PW en myconneCT o por correo/, /Los intereses nunca se perdonan/, /CGS §12-3a/, SPANISH_FOOTER, OFFERS_PERSON];

  const paths: Record<string, SpanishRow[]> = {
    'a serious illness, $5,000 or less': [
      ...OPEN,
      [pick('Enfermedad grave', 1), [/Formulario DRS-PW/, /causa razonable/, AMOUNT]],
      [NO, [...STEPS, /registros médicos o una nota del médico/, /^(?![\s\S]*Comité de Revisión de Multas \(Penalty Review Committee\) también)/]],
    ],
    'a natural disaster, after an answer not on the list, over $5,000: the Penalty Review Committee': [
      ...OPEN,
      ['mi perro', [/Por favor, elija una de estas opciones\. ¿Qué le impidió pagar o presentar a tiempo\?/, /Desastre natural/]],
      [pick('Desastre natural', 2), AMOUNT],
      [YES, [...STEPS, /reclamos al seguro/, /Como la multa que pide perdonar es de más de \$5,000, el Comité de Revisión de Multas/]],
    ],
    "DRS's written advice, amount not known": [
      ...OPEN,
      [pick('Consejo del DRS', 3), AMOUNT],
      [NOT_SURE, [...STEPS, /una copia del consejo escrito que le dio el DRS/, /Si la multa que pide perdonar es de más de \$5,000/]],
    ],
    'something else, typed without accents: what reasonable cause means': [
      ...OPEN,
      ['otra razon', [/fuera de su control/, /El DRS decide cada pedido/, AMOUNT]],
      [NO, [...STEPS, /papeles que muestren qué pasó y cuándo/]],
    ],
  };

  describe.each(CHANNELS)('on %s', (channelId) => {
    it.each(Object.entries(paths))('%s', async (_name, rows) => {
      await playInSpanish(channelId, rows);
    });
  });
});
