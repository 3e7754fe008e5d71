import { ActivityTypes, HandoffEventNames } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RepresentativeDesk } from '../../../src/console/representativeDesk.js';
import type { Database } from '../../../src/db/database.js';
import { SqlCaseRecords } from '../../../src/db/sqlCaseRecords.js';
import { CASE_NUMBER_PATTERN } from '../../../src/handoff/caseNumber.js';
import type { HandoffCase } from '../../../src/handoff/caseSummary.js';
import { noCaseEvents } from '../../../src/handoff/ports.js';
import type { TaxpayerChannel } from '../../../src/handoff/ports.js';
import { QueueNotices } from '../../../src/handoff/queueNotices.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { CHANNELS, expectChannelRules, pick } from '../../fixtures/conversation.js';
import type { ChannelId, Pick } from '../../fixtures/conversation.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.query('delete from satisfaction');
});

/** Tuesday, November 24, 2026, 10:00 in Connecticut: representatives are working. */
const OPEN = () => new Date('2026-11-24T15:00:00Z');
/** Saturday, November 21, 2026: closed until Monday. */
const WEEKEND = () => new Date('2026-11-21T16:00:00Z');

/** English a Spanish conversation must never show. */
const ENGLISH =
  /Please (choose|answer|type|tick|describe|give|tell)|Reply \d|Your (case|request)|Do you agree|\bSubmit\b|Choose all|You (mentioned|chose|are back)|\bDone\b|Tick all|What is your name|best time|what is happening|How would you rate|Thank you|COVID-19 affect|individual or for a business|None of these|Contact DRS|These may help|\bYes\b|Not sure|as of April|I added that|in the queue|Change (name|contact|time|description)/;

type Says = string | Pick | { value: Record<string, unknown> };

/** A conversation on `channelId` whose turns must read in Spanish. */
function spanishChat(channelId: ChannelId, clock: () => Date = OPEN, trustedHub = false) {
  const harness = createBotHarness(db, channelId, projectKnowledge, clock, undefined, undefined, trustedHub ? () => true : undefined);
  const read = (replies: Partial<Activity>[], label: string) => {
    expectChannelRules(channelId, replies);
    const joined = replies.map(replyText).join('\n---\n');
    expect(joined, `${channelId}, after ${label}`).not.toMatch(ENGLISH);
    return joined;
  };
  /** Says (or picks, or ticks on the card) and checks every reply of the turn against `expected`. */
  const ask = async (says: Says, expected: RegExp | readonly RegExp[] = []): Promise<string> => {
    const replies =
      typeof says === 'object' && 'value' in says
        ? await harness.submit(says.value)
        : await harness.say(typeof says === 'string' ? says : channelId === 'sms' ? String(says.number) : says.choose);
    const joined = read(replies, JSON.stringify(says));
    for (const pattern of [expected].flat()) expect(joined, `${channelId}, after ${JSON.stringify(says)}`).toMatch(pattern);
    return joined;
  };
  const caseOf = async () => {
    const cases = (await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId);
    expect(cases).toHaveLength(1);
    return cases[0]!;
  };
  return { harness, ask, read, caseOf };
}

/** The collection actions ticked on the card (Web Chat, Teams) or typed as numbers in Spanish (SMS). */
const tick = (channelId: ChannelId, values: string, numbers: string): Says => (channelId === 'sms' ? numbers : { value: { collectionActions: values } });

/** "Talk to a person" in Spanish, to the collection actions question. */
async function toActions(ask: ReturnType<typeof spanishChat>['ask']) {
  await ask('Español', [/De acuerdo, seguiré en español\./, /¿En qué le puedo ayudar\?/]);
  await ask('quiero hablar con una persona', [/Una acción de cobro del DRS es un plan de pagos, un embargo bancario \(levy\)/, /Sí/, /No estoy seguro/]);
  await ask(pick('Sí', 1), [/Priority One ayuda a personas y negocios/, /Guía del DRS vigente al 17 de abril de 2020/, /El DRS decide cada caso/, /¿Pregunta para usted o para un negocio\?/, /Para mí/, /Para un negocio/]);
}

/** From consent to the request the taxpayer confirms. */
async function toConfirmation(ask: ReturnType<typeof spanishChat>['ask'], channelId: ChannelId) {
  await ask(pick('Sí', 1), /¿Cuál es su nombre\?/);
  await ask('Ana Pérez', /¿A qué teléfono o correo electrónico le puede escribir o llamar el DRS\?/);
  await ask('no tengo', [/Por favor, dé un número de teléfono o un correo electrónico\./, /¿A qué teléfono/]);
  await ask('860-555-0142', [/¿Cuándo es mejor comunicarse con usted\?/, /Mañanas entre semana/, /Tardes entre semana/, /Cualquier hora/, ...(channelId === 'sms' ? [/Responda 1, 2 o 3\./] : [])]);
  await ask(pick('Mañanas entre semana', 1), /En una o dos oraciones, ¿qué está pasando y qué necesita\?/);
}

describe.each(CHANNELS)('the hand-off in Spanish on %s', (channelId) => {
  it('screens for Priority One, takes the request, gives the case number and waits in the queue, all in Spanish', async () => {
    const { ask, harness, caseOf } = spanishChat(channelId);
    await toActions(ask);
    const actions = await ask(pick('Para mí', 1), [/¿Qué acciones de cobro del DRS tiene ahora\?/, /Plan de pagos/, /Embargo bancario \(levy\)/, /Embargo de salario/, /Gravamen \(lien\)/, /Oferta de compromiso/, /Otra acción de cobro/, /Ninguna de estas/]);
    if (channelId === 'sms') expect(actions).toMatch(/Elija todas las que tenga\. Puede responder con más de un número, por ejemplo 1 y 3\.[\s\S]*Responda 1, 2, 3, 4, 5, 6 o 7\./);
    else expect(actions).toMatch(/Listo/);
    await ask(tick(channelId, 'bankLevy,lien', '2 y 4'), [...(channelId === 'sms' ? [] : [/^Usted eligió: Embargo bancario \(levy\), Gravamen \(lien\)\./]), /¿El COVID-19 le hizo difícil cumplir con esto\?/]);
    const suggested = await ask(pick('Sí', 1), [/Sus respuestas sugieren que Priority One podría ayudarle\. El DRS decide cada caso/, /compartiré con el DRS sus respuestas/, /¿Está de acuerdo\?/]);
    expect(suggested).not.toMatch(/(aplica|corresponde|califica) (a|para) usted/);
    await toConfirmation(ask, channelId);
    await ask('Embargaron mi cuenta cuando cerró mi tienda en 2020.', [
      /Su solicitud/,
      /Contribuyente: Persona/,
      /Acciones de cobro: Embargo bancario \(levy\), Gravamen \(lien\)/,
      /El COVID-19 le afectó: Sí/,
      /Nombre: Ana Pérez/,
      /Teléfono: 860-555-0142/,
      /Mejor horario: Mañanas entre semana/,
      /Qué está pasando: Embargaron mi cuenta cuando cerró mi tienda en 2020\./,
      /¿Está bien así\? Envíela, o elija qué cambiar\./,
      /Enviar/,
      /Cambiar descripción/,
    ]);
    const submitted = await ask(pick('Enviar', 1), [
      /Su número de caso es P1-[2-9A-Z]{6}\. Por favor, guárdelo\./,
      /Un representante del DRS se unirá a este chat\. Usted es el número \d+ en la fila\./,
      /"¿cuánto falta\?"/,
      /"terminar chat"/,
    ]);
    const caseNumber = /Su número de caso es (P1-\w{6})/.exec(submitted)?.[1] ?? '';
    expect(caseNumber).toMatch(CASE_NUMBER_PATTERN);
    await ask('¿cuánto falta?', new RegExp(`^Su caso ${caseNumber}: Usted es el número \\d+ en la fila\\.`));
    await ask('Mi empleador es Acme.', new RegExp(`Agregué eso a su caso ${caseNumber}\\. Un representante lo verá cuando se una\\.`));
    await ask('terminar chat', [new RegExp(`Está de nuevo con el asistente\\. Su caso ${caseNumber} sigue abierto`), /¿En qué le puedo ayudar\?/]);

    // The representative reads English field names and the taxpayer's own words.
    const handoffCase = await caseOf();
    expect(handoffCase.summary).toMatchObject({
      kind: 'priorityOne',
      taxpayerType: 'individual',
      collectionActions: ['bankLevy', 'lien'],
      covidImpact: 'yes',
      eligible: true,
      contact: { name: 'Ana Pérez', phone: '860-555-0142' },
      preferredTime: 'Weekday mornings',
      description: 'Embargaron mi cuenta cuando cerró mi tienda en 2020.',
    });
    expect((await harness.cases.messages(handoffCase.id)).map((message) => message.text)).toEqual(['Mi empleador es Acme.', expect.stringMatching(/went back to the assistant/)]);
  });

  it('outside business hours says when DRS opens, in Spanish, with the Priority One line labelled once with its 2020 date', async () => {
    const { ask } = spanishChat(channelId, WEEKEND);
    await toActions(ask);
    await ask(pick('Para mí', 1));
    await ask(tick(channelId, 'wageGarnishment', '3'), /¿El COVID-19 le hizo difícil/);
    await ask(pick('Sí', 1), /¿Está de acuerdo\?/);
    await toConfirmation(ask, channelId);
    await ask('Me quitan dinero del sueldo desde 2020.', /Su solicitud/);
    const submitted = await ask(pick('Enviar', 1), [
      /Su número de caso es P1-/,
      /El DRS está cerrado ahora\. Los representantes trabajan de lunes a viernes, de 8:30 a\.m\. a 4:30 p\.m\., excepto los días feriados de Connecticut\./,
      /Un representante se comunicará con usted al teléfono 860-555-0142 a partir del lunes, 23 de noviembre de 2026, a las 8:30 a\.m\./,
      /860-541-7650/,
      /DRSPriorityOne_CollectionsAssist@po\.state\.ct\.us/,
    ]);
    expect(submitted.match(/17 de abril de 2020/g)).toHaveLength(1);
  });

  it('starts in Spanish from a Spanish sentence and understands every answer typed in Spanish words', async () => {
    const { ask, caseOf } = spanishChat(channelId);
    await ask('necesito hablar con una persona del DRS', [/¡Hola! Soy el asistente virtual/, /¿Su consulta es sobre una de ellas que el COVID-19 le hizo difícil cumplir\?/]);
    await ask('sí', /¿Pregunta para usted o para un negocio\?/);
    await ask('para mi', /¿Qué acciones de cobro del DRS tiene ahora\?/);
    await ask('embargo bancario y gravamen', /¿El COVID-19 le hizo difícil cumplir con esto\?/);
    await ask('si', /¿Está de acuerdo\?/);
    await ask('sí', /¿Cuál es su nombre\?/);
    await ask('Ana Pérez', /¿A qué teléfono/);
    await ask('ana@example.com', /¿Cuándo es mejor comunicarse con usted\?/);
    await ask('mañanas entre semana', /¿qué está pasando y qué necesita\?/);
    await ask('Me congelaron la cuenta de banco en 2020.', [/Acciones de cobro: Embargo bancario \(levy\), Gravamen \(lien\)/, /Mejor horario: Mañanas entre semana/]);
    await ask('enviar', /Su número de caso es P1-/);
    expect((await caseOf()).summary).toMatchObject({ taxpayerType: 'individual', collectionActions: ['bankLevy', 'lien'], covidImpact: 'yes', preferredTime: 'Weekday mornings' });
  });

  it('tells what DRS says about a garnishment told with the pandemic, in Spanish, before the screening', async () => {
    const { ask } = spanishChat(channelId);
    await ask('Español');
    const reply = await ask('me embargan el sueldo y el covid me bajo las horas', [/Priority One: embargos de salario/, /860-541-7650/, /¿Pregunta para usted o para un negocio\?/]);
    expect(reply).not.toMatch(/¿Es para mí\?|¿Respondió esto su pregunta\?/);
  });

  it('asks in Spanish whether a figure from earlier in the chat belongs to the request, and leaves it out when told', async () => {
    const { harness, ask } = spanishChat(channelId);
    expect((await harness.say('I received an R859 dated November 2, 2026, when is my deadline?')).map(replyText).join('\n')).toMatch(/Last day: /);
    await toActions(ask);
    await ask(pick('Para mí', 1));
    await ask(tick(channelId, 'bankLevy', '2'));
    await ask(pick('Sí', 1), /¿Está de acuerdo\?/);
    await ask(pick('Sí', 1), [
      /Antes, en este chat, calculé lo siguiente\. ¿Es sobre el mismo asunto que quiere que revise el DRS\?/,
      /Aviso: .*R859.*, con fecha 2 de noviembre de 2026/,
      /Fecha límite: /,
      /Sí, incluirlo/,
      /No, dejarlo fuera/,
    ]);
    await ask(pick('No, dejarlo fuera', 2), /¿Cuál es su nombre\?/);
  });

  it('writes nothing when consent is refused, and says how to reach DRS in Spanish', async () => {
    const { ask, harness } = spanishChat(channelId);
    await toActions(ask);
    await ask(pick('Para mí', 1));
    await ask(tick(channelId, 'paymentPlan', '1'));
    await ask(pick('Sí', 1), /¿Está de acuerdo\?/);
    const refused = await ask(pick('No', 2), [/De acuerdo, no compartí nada\./, /llame al DRS al 860-297-5962/, /la línea de Priority One al 860-541-7650/]);
    expect(refused.match(/17 de abril de 2020/g)).toHaveLength(1);
    expect((await harness.cases.list()).filter((found) => found.conversationId === harness.conversationId)).toHaveLength(0);
  });

  it.each([
    ['no action applies', 'none', '7', pick('Sí', 1), /Priority One es para quienes tienen una acción de cobro del DRS en este momento\. Usted dijo que no tiene ninguna ahora\./],
    ['"no sé" about COVID-19', 'bankLevy', '2', 'no sé', /Usted no está seguro de si fue así en su caso\. Un representante del DRS puede decidirlo con usted\./],
  ] as const)('says why in Spanish when %s, and offers what may help instead', async (_case, values, numbers, covid, why) => {
    const { ask } = spanishChat(channelId);
    await toActions(ask);
    await ask(pick('Para mí', 1));
    await ask(tick(channelId, values, numbers), channelId === 'sms' ? /COVID-19/ : values === 'none' ? /^Usted eligió: ninguna de estas\./ : /Usted eligió/);
    const answer = await ask(covid, [why, /Contactar al DRS/, /860-297-5962/, /Tenga su aviso a mano cuando llame\./, /Esto le puede ayudar:/, /Pedir plan de pagos/, /Quitar una multa/]);
    expect(answer).not.toMatch(/(aplica|corresponde) (a|para) usted/);
  });

  it('gives DRS\'s contacts when it is not about a collection action, and takes a request to be contacted, with a change before it is sent', async () => {
    const { ask, caseOf } = spanishChat(channelId);
    await ask('Español');
    await ask('quiero hablar con una persona', /¿Su consulta es sobre una de ellas/);
    await ask(pick('No', 2), [/Contactar al DRS/, /Llame al DRS al 860-297-5962 \(área de Hartford y desde cualquier lugar\) o al 1-800-382-9463/, /Correo electrónico: drs@po\.state\.ct\.us/, /¿O prefiere que un representante del DRS se comunique con usted\?/]);
    await ask(pick('Sí', 1), [/compartiré con el DRS/, /¿Está de acuerdo\?/]);
    await toConfirmation(ask, channelId);
    await ask('Tengo una pregunta sobre mi declaración de impuestos.', [/Su solicitud/, /Teléfono: 860-555-0142/]);
    await ask(pick('Cambiar contacto', 3), /¿A qué teléfono o correo electrónico/);
    await ask('ana@', /Por favor, dé un número de teléfono o un correo electrónico\./);
    await ask('ana@example.com', [/Su solicitud/, /Correo electrónico: ana@example\.com/, /Mejor horario: Mañanas entre semana/]);
    await ask(pick('Enviar', 1), /Su número de caso es DRS-[2-9A-Z]{6}\./);
    expect((await caseOf()).summary).toMatchObject({ kind: 'general', contact: { name: 'Ana Pérez', email: 'ana@example.com' }, preferredTime: 'Weekday mornings' });
  });

  it('takes "llámenme" and "retirar solicitud" while the case waits, and answers in Spanish', async () => {
    const waiting = async () => {
      const chat = spanishChat(channelId);
      await toActions(chat.ask);
      await chat.ask(pick('Para mí', 1));
      await chat.ask(tick(channelId, 'lien', '4'));
      await chat.ask(pick('Sí', 1));
      await toConfirmation(chat.ask, channelId);
      await chat.ask('Hay un gravamen sobre mi casa.', /Su solicitud/);
      const submitted = await chat.ask(pick('Enviar', 1), /Usted es el número \d+ en la fila/);
      return { ...chat, caseNumber: /Su número de caso es (P1-\w{6})/.exec(submitted)?.[1] ?? '' };
    };
    const calling = await waiting();
    await calling.ask('Llámenme, por favor. Tengo que ir al trabajo.', [
      new RegExp(`^De acuerdo\\. Su caso ${calling.caseNumber} sigue en la fila\\. Un representante se comunicará con usted como lo pidió en su solicitud, no en este chat\\.`),
      /¿En qué le puedo ayudar\?/,
    ]);
    expect(await calling.caseOf()).toMatchObject({ status: 'queued', callbackRequestedAt: expect.any(String) });

    const leaving = await waiting();
    await leaving.ask('retirar solicitud', [new RegExp(`^Su solicitud fue cancelada y el caso ${leaving.caseNumber} está cerrado\\. Ningún representante se unirá\\.`), /"menú"/]);
    expect((await leaving.caseOf()).status).toBe('closed');
  });

  it('takes the mentioned action as it is with "listo", after switching to Spanish mid-screening', async () => {
    const { harness, ask } = spanishChat(channelId);
    expect((await harness.say('my wages are garnished and I lost my job')).map(replyText).join('\n')).toMatch(/You mentioned: Wage execution or garnishment/);
    // The question in progress is asked again as it was first asked; the next one is in Spanish.
    expect((await harness.say('Español')).map(replyText).join('\n')).toMatch(/De acuerdo, seguiré en español\./);
    const actions = await ask('individual', [/¿Qué acciones de cobro del DRS tiene ahora\? .*Usted mencionó: Embargo de salario\./]);
    expect(actions).toMatch(channelId === 'sms' ? /responda LISTO si no hay más/ : /Marque otras si las tiene\./);
    if (channelId !== 'sms') {
      const card = (await harness.say('banana'))[0]?.attachments?.[0];
      const content = JSON.stringify(card?.content);
      expect(content).toContain('Marque todas las que tenga y luego elija Listo.');
      expect(content).toContain('"value":"wageGarnishment"');
      expect(content).not.toMatch(/Tick all|"Done"/);
    }
    await ask('listo', /¿El COVID-19 le hizo difícil cumplir con esto\?/);
    await ask(pick('Sí', 1), /¿Está de acuerdo\?/);
    await toConfirmation(ask, channelId);
    await ask('Me embargaron el sueldo.', /Acciones de cobro: Embargo de salario\n|Acciones de cobro: Embargo de salario$/m);
  });

  it('tells the hub\'s news in Spanish and then asks for a rating in Spanish', async () => {
    const { harness, ask, read } = spanishChat(channelId, OPEN, true);
    await toActions(ask);
    await ask(pick('Para mí', 1));
    await ask(tick(channelId, 'bankLevy', '2'));
    await ask(pick('Sí', 1));
    await toConfirmation(ask, channelId);
    await ask('Embargaron mi cuenta.', /Su solicitud/);
    const caseNumber = /Su número de caso es (P1-\w{6})/.exec(await ask(pick('Enviar', 1)))?.[1] ?? '';
    const status = async (state: string) => {
      await harness.adapter.receiveActivity({ type: ActivityTypes.Event, name: HandoffEventNames.HandoffStatus, value: { state } });
      return read(harness.adapter.activeQueue.splice(0), state);
    };
    expect(await status('accepted')).toBe(`Un representante del DRS tomó su caso ${caseNumber}.`);
    const ended = await status('completed');
    expect(ended).toMatch(new RegExp(`^Terminó su conversación con el DRS sobre el caso ${caseNumber}\\. Está de nuevo con el asistente\\.`));
    expect(ended).toMatch(channelId === 'sms' ? /¿Cómo calificaría este chat\? Responda un número de 1 \(malo\) a 5 \(muy bueno\), u OMITIR\./ : /¿Cómo calificaría este chat\?[\s\S]*Omitir/);
    await ask('4 estrellas', [/¿Este chat le ahorró una llamada al DRS\?/, ...(channelId === 'sms' ? [/Responda 1, 2 o 3\./] : [])]);
    await ask(pick('Sí', 1), /Gracias\. Sus respuestas ayudan al DRS a mejorar este servicio\./);
    const rows = (await db.query<{ rating: number; saved_call: boolean | null; channel_id: string }>('select rating, saved_call, channel_id from satisfaction')).rows;
    expect(rows).toEqual([{ rating: 4, saved_call: true, channel_id: channelId }]);
  });

  it('asks for a rating in Spanish after a representative closes the case, and takes "omitir"', async () => {
    const { harness, ask, read, caseOf } = spanishChat(channelId);
    await toActions(ask);
    await ask(pick('Para mí', 1));
    await ask(tick(channelId, 'other', '6'));
    await ask(pick('Sí', 1));
    await toConfirmation(ask, channelId);
    await ask('Tengo otra acción de cobro.', /Su solicitud/);
    await ask(pick('Enviar', 1));
    const handoffCase = await caseOf();
    const handoff = { caseId: handoffCase.id, caseNumber: handoffCase.caseNumber };
    const closing = read(await harness.continueConversation(harness.reference, (context) => harness.bot.fromRepresentative(context, handoff, 'Listo, su caso está resuelto.', 'end')), 'closing');
    expect(closing).toMatch(/Listo, su caso está resuelto\.[\s\S]*¿Cómo calificaría este chat\?/);
    await ask('omitir', /^Está bien\. Haga otra pregunta cuando quiera, o escriba "menú"\./);
    expect((await db.query('select 1 from satisfaction')).rows).toEqual([]);
  });

  it('gets the console\'s notices in Spanish: the queue moves, a representative joins, writes and closes the case', async () => {
    /** A Spanish taxpayer with a queued case; what the console sends reaches this conversation. */
    const queued = async () => {
      const chat = spanishChat(channelId);
      await toActions(chat.ask);
      await chat.ask(pick('Para mí', 1));
      await chat.ask(tick(channelId, 'bankLevy', '2'));
      await chat.ask(pick('Sí', 1));
      await toConfirmation(chat.ask, channelId);
      await chat.ask('Embargaron mi cuenta.', /Su solicitud/);
      await chat.ask(pick('Enviar', 1), /Usted es el número \d+ en la fila/);
      const handoffCase = await chat.caseOf();
      expect(handoffCase.language).toBe('es');
      const told: string[] = [];
      const reaches = (to: HandoffCase) => to.conversationId === chat.harness.conversationId;
      const deliver = async (to: HandoffCase, text: string, mode: Parameters<TaxpayerChannel['send']>[2]) => {
        const replies = await chat.harness.continueConversation(chat.harness.reference, (context) => chat.harness.bot.fromRepresentative(context, { caseId: to.id, caseNumber: to.caseNumber }, text, mode));
        told.push(chat.read(replies, text));
      };
      return { ...chat, handoffCase, told, reaches, deliver };
    };
    const first = await queued();
    const second = await queued();
    const taxpayers: TaxpayerChannel = {
      send: async (to, text, mode) => {
        for (const taxpayer of [first, second]) if (taxpayer.reaches(to)) await taxpayer.deliver(to, text, mode);
      },
    };
    const desk = new RepresentativeDesk(first.harness.cases, new SqlCaseRecords(db), noCaseEvents, taxpayers, { retryDelaysMs: [] });
    const notices = new QueueNotices(first.harness.cases, taxpayers, OPEN);

    await desk.claim(first.handoffCase.id, 'alex');
    expect(first.told.pop()).toBe(`Un representante del DRS se unió al chat sobre su caso ${first.handoffCase.caseNumber}. Escriba su respuesta aquí, o "terminar chat" para volver al asistente.`);
    // On SMS a queue update waits five minutes after the last one.
    if (channelId === 'sms') await db.query(`update handoff_cases set told_at = now() - interval '10 minutes' where id = $1`, [second.handoffCase.id]);
    await notices.tellMoves();
    expect(second.told.pop()).toMatch(new RegExp(`^Novedad sobre su caso ${second.handoffCase.caseNumber}: ahora es el número \\d+ en la fila\\.`));

    await desk.message(first.handoffCase.id, 'alex', 'Hola, Ana. Ya veo su caso.');
    expect(first.told.pop()).toBe('Representante del DRS: Hola, Ana. Ya veo su caso.');
    await desk.release(first.handoffCase.id, 'alex');
    expect(first.told.pop()).toMatch(/^Su caso P1-\w{6} volvió a la fila, y otro representante lo tomará\./);
    await desk.claim(first.handoffCase.id, 'sam');
    await desk.close(first.handoffCase.id, 'sam', 'Levy released.');
    expect(first.told.pop()).toMatch(/^El representante del DRS terminó el chat\. Su caso P1-\w{6} está cerrado\. Está de nuevo con el asistente[\s\S]*¿Cómo calificaría este chat\?/);
  });
});
