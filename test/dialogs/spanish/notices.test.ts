import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { faqTextsEs } from '../../../dialogs/faqResponder.es.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { CHANNELS, expectChannelRules, guideClock, pick } from '../../fixtures/conversation.js';
import type { ChannelId, Row } from '../../fixtures/conversation.js';
import { projectKnowledge, projectSpanishKnowledge } from '../../fixtures/knowledge.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** What notice triage says in English: none of it may show in a Spanish conversation. */
const ENGLISH = [
  /Please choose/,
  /What to do next/,
  /\bReply \d/,
  /\bSource:/,
  /Which notice|Which one does/,
  /What is the date/,
  /What would you like/,
  /Your deadline|Last day|Still timely|Act by|If you disagree|What to do:|Window:|Notice:/,
  /This is an estimate/,
  /Pay in full|Can't pay|I disagree|COVID-19 hardship|Request a review|Can't afford|Offset paid it/,
  /Balance due notice|R859 notice|Garnishment or levy|Not sure/,
  /Look at the top|collection has already started/,
  /\bBy (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
  /The dates and amounts/,
  /talk to a person at DRS|Talk to a person|Main menu/,
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d/,
  /\bweekend|legal holiday|to be safe\b/,
];

/** The Spanish title of a knowledge entry, as a pattern. */
const spanishTitle = (id: string) => new RegExp((projectSpanishKnowledge.entry(id)?.title ?? `(no Spanish ${id})`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The question every guide ends with, in Spanish. */
const OFFERS_PERSON_ES = new RegExp(`${faqTextsEs.guideEnd.replace(/[?¿]/g, '.')}[\\s\\S]*Hablar con alguien[\\s\\S]*Menú principal`);

/**
 * Plays the rows on one channel from a fresh conversation, checking each turn and the channel's
 * rules; no English may show in the first `spanishTurns` turns (all of them unless given: a turn
 * that hands over to another guide ends the triage's part).
 */
async function playInSpanish(channelId: ChannelId, rows: readonly Row[], spanishTurns = rows.length): Promise<void> {
  const { say } = createBotHarness(db, channelId, projectKnowledge, guideClock);
  for (const [index, [says, expected]] of rows.entries()) {
    const text = typeof says === 'string' ? says : channelId === 'sms' ? String(says.number) : says.choose;
    const replies = await say(text);
    expectChannelRules(channelId, replies);
    const joined = replies.map(replyText).join('\n---\n');
    for (const pattern of typeof expected === 'object' && 'length' in expected ? expected : [expected]) expect(joined, `${channelId}, after "${text}"`).toMatch(pattern);
    if (index < spanishTurns) for (const english of ENGLISH) expect(joined, `${channelId}, after "${text}": English`).not.toMatch(english);
  }
}

const WHICH = /¿Qué aviso recibió\?[\s\S]*Saldo pendiente[\s\S]*Aviso R859[\s\S]*Intención de retener[\s\S]*Embargo[\s\S]*No estoy seguro/;
const DATE = /¿Qué fecha tiene impresa el aviso\? Por ejemplo, 5 de mayo de 2026\./;
const OPTIONS = /¿Qué le gustaría hacer\?[\s\S]*Pagar todo[\s\S]*No puedo pagar todo[\s\S]*No estoy de acuerdo[\s\S]*Dificultad COVID-19/;
const COLLECTION_OPTIONS = /Pagar todo[\s\S]*No puedo pagar todo[\s\S]*Dificultad económica[\s\S]*Lo pagó mi reembolso[\s\S]*Dificultad COVID-19/;
const FOOTER = /Fuente: Connecticut balance due notice guide\. Las fechas y los montos de su aviso son los que valen\./;

const START: Row[] = [
  ['Español', /¿En qué le puedo ayudar\?/],
  ['me llegó una carta del DRS', WHICH],
];
const BALANCE_DUE: Row[] = [
  ...START,
  [pick('Saldo pendiente', 1), DATE],
  [
    'November 2, 2026',
    [
      /Su fecha límite: jueves, 31 de diciembre de 2026/,
      /Aviso: saldo pendiente \(assessment\), del 2 de noviembre de 2026/,
      /Plazo: 60 días/,
      /Último día: viernes, 1 de enero de 2027/,
      /A tiempo hasta: lunes, 4 de enero de 2027: el último día es fin de semana o feriado/,
      /Actúe a más tardar: jueves, 31 de diciembre de 2026, para estar seguro/,
      /Si no está de acuerdo: Envíe una protesta escrita/,
      /Es un estimado desde la fecha del aviso/,
      OPTIONS,
    ],
  ],
];
const GARNISHMENT: Row[] = [
  ...START,
  [pick('Embargo', 4), [/el cobro ya empezó[\s\S]*actúe ahora\. Fuente: Connecticut balance due notice guide\./, /¿Qué le gustaría hacer\?/, COLLECTION_OPTIONS]],
];

/** Paths that stay in notice triage from start to end. */
const triagePaths: Record<string, Row[]> = {
  'balance due, pays in full, by the safe day': [
    ...BALANCE_DUE,
    [
      pick('Pagar todo', 1),
      [
        spanishTitle('pay-balance-in-full'),
        /Qué hacer ahora: pague todo/,
        /Pague todo en myconneCT[\s\S]*"Commissioner of Revenue Services"[\s\S]*correspondence ID\)\. A más tardar el jueves, 31 de diciembre de 2026\./,
        /Guarde la prueba del pago/,
        FOOTER,
        OFFERS_PERSON_ES,
      ],
    ],
  ],
  'balance due, disagrees: a written protest, paying under protest': [
    ...BALANCE_DUE,
    [
      pick('No estoy de acuerdo', 3),
      [
        spanishTitle('dispute-balance-due'),
        /Qué hacer ahora: proteste por escrito/,
        /División de Apelaciones del DRS[\s\S]*dentro de los 60 días\. A más tardar el jueves, 31 de diciembre de 2026\./,
        /"bajo protesta"/,
        /Fuente: Connecticut balance due notice guide; CGS §12-729\(b\)\./,
        OFFERS_PERSON_ES,
      ],
    ],
  ],
  'R859 over Thanksgiving, started in Spanish words, disagrees: call DRS before the referral': [
    ['recibí un aviso', WHICH],
    [pick('Aviso R859', 2), DATE],
    [
      'November 16, 2026',
      [/Último día: jueves, 26 de noviembre de 2026/, /Actúe a más tardar: miércoles, 25 de noviembre de 2026/, /Los 10 días son según el aviso/, OPTIONS],
    ],
    [
      pick('No estoy de acuerdo', 3),
      [/Qué hacer ahora: diga al DRS que no está de acuerdo/, /860-297-5962[\s\S]*antes de que pasen su cuenta a cobro\. A más tardar el miércoles, 25 de noviembre de 2026\./, /60 días/, OFFERS_PERSON_ES],
    ],
  ],
  'Notice of Intent to Offset, asks for a review by the SIS Unit': [
    ...START,
    [pick('Intención de retener', 3), DATE],
    ['October 1, 2026', [/Último día: lunes, 30 de noviembre de 2026/, /Qué hacer: Pague toda la deuda, o pida una revisión/, /Pagar todo[\s\S]*No puedo pagar todo[\s\S]*Pedir una revisión[\s\S]*Dificultad COVID-19/]],
    [
      pick('Pedir una revisión', 3),
      [/Qué hacer ahora: pida una revisión/, /SIS Unit, 450 Columbus Blvd\., Hartford CT 06103[\s\S]*A más tardar el lunes, 30 de noviembre de 2026\./, /Fuente: DRS: Refund offset and Treasury Offset Program\./, OFFERS_PERSON_ES],
    ],
  ],
  'Notice of Intent to Offset, pays in full: the offset source': [
    ...START,
    [pick('Intención de retener', 3), DATE],
    ['October 1, 2026', /Último día: lunes, 30 de noviembre de 2026/],
    [pick('Pagar todo', 1), [/Qué hacer ahora: pague todo/, /A más tardar el lunes, 30 de noviembre de 2026\./, /Fuente: DRS: Refund offset and Treasury Offset Program\./, OFFERS_PERSON_ES]],
  ],
  'garnishment, pays in full: no window to count': [
    ...GARNISHMENT,
    [pick('Pagar todo', 1), [/Qué hacer ahora: pague todo/, FOOTER, OFFERS_PERSON_ES]],
  ],
  'garnishment after a federal offset paid the debt: send the FMS letter': [
    ...GARNISHMENT,
    [
      pick('Lo pagó mi reembolso', 4),
      [
        spanishTitle('offset-garnishment-fms-letter'),
        /Qué hacer ahora: envíe al DRS la carta del FMS/,
        /Collections Unit [–-] Warrants, 450 Columbus Blvd\., Hartford, CT 06103/,
        /860-297-5843/,
        OFFERS_PERSON_ES,
      ],
    ],
  ],
  'not sure which notice: the hint, then DRS': [
    ...START,
    [pick('No estoy seguro', 5), [/Mire arriba en la carta/, /correo certificado/, /embargo bancario/, /¿A cuál se parece su carta\?[\s\S]*Saldo pendiente[\s\S]*No estoy seguro/]],
    [pick('No estoy seguro', 5), [/Qué hacer ahora: pregunte al DRS qué aviso es/, /860-297-5962/, FOOTER, OFFERS_PERSON_ES]],
  ],
  'an answer that is not a choice, and a date out of range: asked again in Spanish': [
    ...START,
    ['morado', /Por favor, elija el aviso que se parece a su carta, o "No estoy seguro"\.[\s\S]*Saldo pendiente[\s\S]*No estoy seguro/],
    [pick('Saldo pendiente', 1), DATE],
    ['5/5/1980', [/No pude calcular la fecha límite con esa fecha\. Revise la fecha impresa en su aviso\./, OPTIONS]],
  ],
};

describe.each(CHANNELS)('notice triage in Spanish on %s', (channelId) => {
  it.each(Object.entries(triagePaths))('%s', async (_name, rows) => {
    await playInSpanish(channelId, rows);
  });

  // The payment plan check and the hardship guide continue in Spanish, with the safe day carried over.
  it('balance due, cannot pay: the payment plan check, with the safe day carried over', async () => {
    await playInSpanish(channelId, [
      ...BALANCE_DUE,
      [pick('No puedo pagar todo', 2), [/los planes del DRS duran de 2 a 12 meses/, /¿Presentó todas sus declaraciones/]],
      [pick('Sí', 1), /¿Tiene un caso de bancarrota activo\?/],
      [pick('No', 2), /más de \$10,000\?/],
      [pick('No', 2), /¿Quiere un estimado del pago de cada mes\?/],
      [pick('No', 2), [/Qué hacer ahora/, /A más tardar el jueves, 31 de diciembre de 2026\./, /Fuente: /, OFFERS_PERSON_ES]],
    ]);
  });

  it('garnishment, cannot afford basics: the hardship suspension', async () => {
    await playInSpanish(channelId, [
      ...GARNISHMENT,
      [pick('Dificultad económica', 3), /¿Pagar le impediría cubrir sus gastos básicos/],
      [pick('Sí', 1), [spanishTitle('hardship-collection-suspension'), /Qué hacer ahora/, /Fuente: /, OFFERS_PERSON_ES]],
    ]);
  });

  it('garnishment, cannot pay in full: the payment plan check', async () => {
    await playInSpanish(channelId, [...GARNISHMENT, [pick('No puedo pagar todo', 2), /los planes del DRS duran de 2 a 12 meses/]]);
  });

  // Priority One continues in the conversation's language; the triage's own part (every turn before the hand-over) is Spanish.
  it.each([
    ['balance due', BALANCE_DUE],
    ['garnishment', GARNISHMENT],
  ])('%s, COVID-19 made collection hard: Priority One', async (_name, rows) => {
    await playInSpanish(channelId, [...rows, [pick('Dificultad COVID-19', rows === GARNISHMENT ? 5 : 4), /Priority One/]], rows.length);
  });
});
