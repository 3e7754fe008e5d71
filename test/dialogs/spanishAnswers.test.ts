import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { isSpanish } from '../../src/kb/languageOf.js';
import { PENDING_REVIEW_NOTE } from '../../src/render/answerMessages.es.js';
import { faqTextsEs } from '../../dialogs/faqResponder.es.js';
import { mainMenuTexts } from '../../dialogs/mainMenu.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { openTestDatabase } from '../fixtures/databases.js';
import { projectEnglishKnowledge, projectKnowledge, projectSpanishKnowledge } from '../fixtures/knowledge.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const spanishTitle = (id: string) => projectSpanishKnowledge.entry(id)?.title ?? `(no Spanish ${id})`;
const englishTitle = (id: string) => projectEnglishKnowledge.entry(id)?.title ?? `(no ${id})`;

describe('the language a question is written in', () => {
  it.each([
    'como pago mis impuestos',
    'me quitaron el reembolso',
    'que es el aviso R859',
    'quiero hablar con una persona',
    'plan de pagos',
    'el state me quito el refund',
    '¿Qué es un embargo?',
    'mi cuenta de banco esta congelada',
    // Texted and Spanglish: the detector alone reads these as English.
    'despues q llamo a priority one q pasa?',
    'nunca presente los taxes de CT del 2019 pero tenia withholding, puedo recuperar lo q me agarraron del refund?',
    // A written accent, and no English function word.
    'dirección revisión offset',
    'cobran fee x el ofset del refund federal?',
    'garnishment número',
  ])('reads %j as Spanish', (text) => {
    expect(isSpanish(text)).toBe(true);
  });

  it.each(['what is the R859 notice', 'my refund was offset', 'can I pay online', 'I owe $2,000', 'talk to a person', 'payment plan', 'menu', 'offset', 'hola', 'yes', 'blorf quux', 'asdfghjkl qwerty', 'the state took my refund, now what do I do', 'Q: can I pay my CT taxes online?', 'is the café near the DRS office open', 'my résumé shows the job I lost'])(
    'reads %j as English (or too short to tell)',
    (text) => {
      expect(isSpanish(text)).toBe(false);
    },
  );
});

describe('short Spanish queries, read with the knowledge\'s vocabulary', () => {
  const writtenInSpanish = (text: string) => projectKnowledge.spanish.isSpanish(text);

  it('reads a Spanish question with English tax words as Spanish, counting each word once', () => {
    expect(writtenInSpanish('si me aprueban el penalty wavier tambien me quitan el interes?')).toBe(true);
  });

  it.each(['pueden perdonar intereses?', 'plan pagos maximo meses', 'embrago cuenta banco drs', 'multa x pagar tarde CT', 'opciones pa pagar a DRS', 'requisitos pa payment plan'])('reads %j as Spanish: words only the Spanish answers use', (text) => {
    expect(isSpanish(text)).toBe(false);
    expect(writtenInSpanish(text)).toBe(true);
  });

  it('reads a short Spanglish query with one Spanish word of the answers beside another Spanish word as Spanish', () => {
    expect(writtenInSpanish('direccion pa review offset')).toBe(true);
  });

  it.each(['donde consigo el formulareo de power of attorney del DRS', 'q hago con la notice of intent to offset q me llego', 'quiero pagar under protest'])(
    'reads %j as Spanish: the English name of a form or notice says nothing of the language',
    (text) => {
      expect(writtenInSpanish(text)).toBe(true);
    },
  );

  it.each(['where do I get the power of attorney form', 'what is a notice of intent to offset', 'can I pay under protest'])('still reads %j, with the same names, as English', (text) => {
    expect(writtenInSpanish(text)).toBe(false);
  });

  it.each(['payment plan', 'interest waiver', 'bank levy drs', 'what is the R859 notice', 'can DRS garnish my wages', 'embargo', 'offset fms drs'])('still reads %j as English', (text) => {
    expect(writtenInSpanish(text)).toBe(false);
  });

  it.each(['webchat', 'sms'] as const)('answers a short Spanish query in Spanish as the first message (%s)', async (channel) => {
    const { say } = createBotHarness(db, channel);
    const replies = (await say('pueden perdonar intereses?')).map(replyText).join('\n');
    expect(replies).toContain(spanishTitle('interest-cannot-be-waived'));
    expect(replies).not.toMatch(/I'm not sure/);
  });
});

describe('a question written in Spanish gets the Spanish version of the answer', () => {
  it.each(['webchat', 'msteams', 'sms'] as const)('on %s: the Spanish answer, its source in Spanish and that DRS has not reviewed the translation', async (channel) => {
    const { say } = createBotHarness(db, channel);
    await say('hi');
    const replies = (await say('me quitaron el reembolso del estado, por que?')).map(replyText).join('\n');
    expect(replies).toContain(spanishTitle('refund-offset-why'));
    expect(replies).toMatch(/Fuente: .*Revisado el \d+ de [a-z]+ de \d{4}\./);
    expect(replies).toContain(PENDING_REVIEW_NOTE);
    expect(replies).not.toContain(englishTitle('refund-offset-why'));
  });

  it('offers related answers in Spanish, and answers them in Spanish when picked', async () => {
    const { say } = createBotHarness(db, 'webchat');
    await say('hi');
    await say('que es el aviso R859');
    const related = projectSpanishKnowledge.entry('r859-notice')?.related[0] ?? '';
    const picked = (await say(spanishTitle(related))).map(replyText).join('\n');
    expect(picked).toContain(projectSpanishKnowledge.entry(related)?.shortAnswer.slice(0, 40));
    expect(picked).toContain(PENDING_REVIEW_NOTE);
  });

  it('sends the details of a long Spanish answer on SMS when asked with MORE', async () => {
    const { say } = createBotHarness(db, 'sms');
    await say('hola');
    const first = (await say('quiero un plan de pagos')).map(replyText).join('\n');
    expect(first).toContain(spanishTitle('installment-payment-plans'));
    expect(first).toContain('Responda MORE para ver los detalles.');
    const details = (await say('MORE')).map(replyText).join('\n');
    expect(details).toContain((projectSpanishKnowledge.entry('installment-payment-plans')?.details ?? '').split('\n')[0]?.slice(0, 30));
  });

  it('asks in Spanish whether the answer helped, and takes "si" and "no" for an answer', async () => {
    for (const channel of ['webchat', 'sms'] as const) {
      const { say } = createBotHarness(db, channel);
      await say('hola');
      const answered = (await say('puedo pagar en linea?')).map(replyText).join('\n');
      expect(answered).toContain(faqTextsEs.feedback);
      expect(answered).toMatch(/Sí/);
      expect((await say('si')).map(replyText).join('\n')).toContain(faqTextsEs.thanks);
      await say('skip');
      await say('puedo pagar en linea?');
      expect((await say('no')).map(replyText).join('\n')).toContain(faqTextsEs.notHelpful);
    }
  });

  it('says honestly, in Spanish, when it cannot answer a Spanish question', async () => {
    const { say } = createBotHarness(db, 'webchat');
    await say('hi');
    const replies = (await say('cual es la mejor receta de tamales de puerco')).map(replyText).join('\n');
    expect(replies).toContain(mainMenuTexts.es.fallback.slice(0, 60));
    // A question for another office says so.
    const elsewhere = (await say('como saco la licencia de conducir en Texas')).map(replyText).join('\n');
    expect(elsewhere).toContain(mainMenuTexts.es.elsewhere.slice(0, 60));
  });

  it('keeps answering English questions in English', async () => {
    const { say } = createBotHarness(db, 'webchat');
    await say('hi');
    const replies = (await say('why was my refund offset?')).map(replyText).join('\n');
    expect(replies).toContain(englishTitle('refund-offset-why'));
    expect(replies).toMatch(/Source: /);
    expect(replies).not.toContain(PENDING_REVIEW_NOTE);
  });
});
