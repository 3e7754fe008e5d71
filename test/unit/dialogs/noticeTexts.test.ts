import { describe, expect, it } from 'vitest';
import { noticeDeadline } from '../../../src/calc/index.js';
import type { NoticeDeadline, NoticeKind } from '../../../src/calc/index.js';
import { figureDifferences } from '../../../src/kb/figures.js';
import { LANGUAGES } from '../../../src/lib/language.js';
import { deadlineResultMessage } from '../../../src/render/calcMessages.js';
import { deadlineTexts } from '../../../src/render/deadlineTexts.js';
import { nextStepsMessage } from '../../../src/render/nextStepsMessage.js';
import type { NextSteps } from '../../../src/render/nextStepsMessage.js';
import { fitsOneSms, gsmPunctuation } from '../../../src/render/smsSegments.js';
import { commonStepsIn, sourcesIn } from '../../../dialogs/guideSources.js';
import { DialogIds } from '../../../dialogs/dialogIds.js';
import { guideFor } from '../../../dialogs/guideIntent.js';
import { noticeTriageTexts } from '../../../dialogs/noticeChoices.js';
import type { LetterKind } from '../../../dialogs/noticeChoices.js';
import { noticeNextStepsTexts } from '../../../dialogs/noticeNextSteps.js';
import { replyText } from '../../fixtures/botHarness.js';

const KINDS: readonly LetterKind[] = ['assessment', 'r859', 'intent_to_offset', 'collection'];
const NOTICE_KINDS: readonly NoticeKind[] = ['assessment', 'r859', 'intent_to_offset'];
const [en, es] = [noticeTriageTexts.en, noticeTriageTexts.es];

const keys = (choices: readonly { key: string }[]) => choices.map((choice) => choice.key);
const titles = (choices: readonly { value: string }[]) => choices.map((choice) => choice.value);
const stepsText = (summary: NextSteps) => [summary.title, ...summary.steps.map((step) => step.action), summary.source].join('\n');

describe('notice triage choices in each language', () => {
  it('offers the same letters in the same order', () => {
    expect(keys(es.letterChoices)).toEqual(keys(en.letterChoices));
  });

  it.each(KINDS)('offers the same options for a %s letter, in the same order', (kind) => {
    expect(keys(es.letterOptions[kind])).toEqual(keys(en.letterOptions[kind]));
  });

  it.each(LANGUAGES)('keeps every %s button title within 20 characters, and no two alike in one list', (language) => {
    const texts = noticeTriageTexts[language];
    for (const list of [texts.letterChoices, ...KINDS.map((kind) => texts.letterOptions[kind])]) {
      for (const title of titles(list)) expect(title.length, title).toBeLessThanOrEqual(20);
      expect(new Set(titles(list)).size).toBe(list.length);
    }
  });

  it('still picks a Spanish choice by its English title', () => {
    for (const [index, choice] of es.letterChoices.entries()) expect(choice.synonyms).toContain(en.letterChoices[index]?.value);
    for (const kind of KINDS) {
      for (const [index, choice] of es.letterOptions[kind].entries()) expect(choice.synonyms).toContain(en.letterOptions[kind][index]?.value);
    }
  });
});

describe('the Spanish texts carry the same figures as the English', () => {
  const deadlines = NOTICE_KINDS.map((kind) => noticeDeadline({ kind, noticeDate: '2026-11-02' }));
  const pairs: [string, string, string][] = [
    ['hint', en.whichNoticeHint, es.whichNoticeHint],
    ['date question', en.noticeDate, es.noticeDate],
    ['collection', en.collectionStarted, es.collectionStarted],
    ...Object.keys(commonStepsIn.en).map((key): [string, string, string] => [
      `common step ${key}`,
      commonStepsIn.en[key as keyof typeof commonStepsIn.en],
      commonStepsIn.es[key as keyof typeof commonStepsIn.es],
    ]),
    ['Priority One source', sourcesIn.en.priorityOne, sourcesIn.es.priorityOne],
    ['offset paid', stepsText(noticeNextStepsTexts.en.offsetPaid), stepsText(noticeNextStepsTexts.es.offsetPaid)],
    ['not sure', stepsText(noticeNextStepsTexts.en.unsure), stepsText(noticeNextStepsTexts.es.unsure)],
    ...deadlines.flatMap((deadline): [string, string, string][] => [
      [`pay, ${deadline.kind}`, stepsText(noticeNextStepsTexts.en.pay(deadline)), stepsText(noticeNextStepsTexts.es.pay(deadline))],
      [`disagree, ${deadline.kind}`, stepsText(noticeNextStepsTexts.en.disagree(deadline.kind, deadline)), stepsText(noticeNextStepsTexts.es.disagree(deadline.kind, deadline))],
    ]),
    ...NOTICE_KINDS.map((kind): [string, string, string] => {
      const [english, spanish] = LANGUAGES.map((language) => Object.values(deadlineTexts[language].notices[kind]).join('\n'));
      return [`deadline of ${kind}`, english ?? '', spanish ?? ''];
    }),
  ];

  it.each(pairs)('%s', (_name, english, spanish) => {
    expect(figureDifferences(english, spanish)).toEqual({ missing: [], added: [] });
  });
});

describe('a notice deadline in Spanish', () => {
  const deadline: NoticeDeadline = noticeDeadline({ kind: 'assessment', noticeDate: '2026-11-02' });

  it('gives the same facts as in English, with the dates in Spanish words', () => {
    for (const channelId of ['webchat', 'sms']) {
      const spanish = replyText(deadlineResultMessage(channelId, deadline, 'es'));
      expect(spanish).toMatch(/Su fecha límite: jueves, 31 de diciembre de 2026/);
      expect(spanish).toMatch(/Aviso: saldo pendiente \(assessment\), del 2 de noviembre de 2026/);
      expect(spanish).toMatch(/Plazo: 60 días \(CGS §12-729\(b\); Connecticut balance due notice guide\)/);
      expect(spanish).toMatch(/Último día: viernes, 1 de enero de 2027/);
      expect(spanish).toMatch(/A tiempo hasta: lunes, 4 de enero de 2027: el último día es fin de semana o feriado \(CGS §12-39a\)/);
      expect(spanish).toMatch(/Actúe a más tardar: jueves, 31 de diciembre de 2026, para estar seguro/);
      expect(spanish).toMatch(/Si no está de acuerdo: Envíe una protesta escrita a la División de Apelaciones del DRS/);
      expect(spanish).toMatch(/Es un estimado desde la fecha del aviso\. Vale la fecha de su aviso\./);
      expect(spanish).not.toMatch(/Your deadline|Last day|Act by|If you disagree|estimate|January|December/);
    }
  });

  it('is unchanged in English', () => {
    const english = replyText(deadlineResultMessage('sms', deadline));
    expect(english).toBe(
      [
        'Your deadline: Thursday, December 31, 2026',
        'Notice: balance due (assessment) notice, dated November 2, 2026',
        'Window: 60 days (CGS §12-729(b); Connecticut balance due notice guide)',
        'Last day: Friday, January 1, 2027',
        'Still timely until: Monday, January 4, 2027: the last day is a weekend or legal holiday (CGS §12-39a)',
        'Act by: Thursday, December 31, 2026, to be safe',
        'If you disagree: File a written protest with the DRS Appellate Division (received, or US-postmarked, within the window).',
        'This is an estimate from the notice date; the date on your notice governs.',
      ].join('\n'),
    );
  });
});

describe('Spanish requests start the same guides as their English ones', () => {
  it.each([
    ['me llegó una carta del DRS', DialogIds.noticeTriage],
    ['Me llegó una carta del DRS.', DialogIds.noticeTriage],
    ['recibí un aviso', DialogIds.noticeTriage],
    ['Recibí una carta del estado', DialogIds.noticeTriage],
    ['tengo una carta del Departamento de Servicios de Impuestos', DialogIds.noticeTriage],
    ['ayúdeme con mi carta', DialogIds.noticeTriage],
    ['me quitaron el reembolso', DialogIds.offsetGuide],
    ['retuvieron mi reembolso', DialogIds.offsetGuide],
    ['revisar si califico para un plan de pagos', DialogIds.paymentPlanCheck],
    ['quiero que me quiten la multa', DialogIds.penaltyWaiver],
    ['necesito que me perdonen las multas', DialogIds.penaltyWaiver],
    ['arreglar o pausar', DialogIds.compromiseGuide],
    ['ayuda por COVID', DialogIds.priorityOne],
    ['quiero solicitar Priority One', DialogIds.priorityOne],
    ['me embargaron el salario y perdí mi trabajo', DialogIds.priorityOne],
  ])('%j', (text, dialogId) => {
    expect(guideFor(text)).toBe(dialogId);
  });

  it.each([
    // Questions with more in them get their answer first, as in English.
    'me quitaron el reembolso del estado, por que?',
    'me llego una carta certificada del DRS que dice intent to offset, que significa',
    '¿me embargaron el salario y perdí mi trabajo?',
    'que pasa si me embargaron el salario y perdi mi trabajo',
    // Asking for a plan gets the answer on payment plans, as "I want a payment plan" does.
    'quiero un plan de pagos',
  ])('%j gets an answer, not a guide', (text) => {
    expect(guideFor(text)).toBeUndefined();
  });

  it.each([
    ['I got a letter from DRS', DialogIds.noticeTriage],
    ['help me with my offset', DialogIds.offsetGuide],
    ['payment plan check', DialogIds.paymentPlanCheck],
    ['help me ask for a penalty waiver', DialogIds.penaltyWaiver],
    ['settle or pause', DialogIds.compromiseGuide],
    ['covid relief', DialogIds.priorityOne],
    ['my wages are garnished and I lost my job', DialogIds.priorityOne],
    ['why was my refund offset?', undefined],
    ['I got a balance due notice, what do I do?', undefined],
  ])('keeps English %j as it was', (text, dialogId) => {
    expect(guideFor(text)).toBe(dialogId);
  });
});

describe('over SMS, each Spanish reply of notice triage goes as one message (accents make it UCS-2: 67 characters a segment)', () => {
  const fits = (text: string | undefined) => fitsOneSms(gsmPunctuation(text ?? ''));
  const firstDay = Date.UTC(2026, 0, 1);
  /** A year of notice dates: every weekday and month name the deadline can show. */
  const noticeDates = Array.from({ length: 366 }, (_, day) => new Date(firstDay + day * 86_400_000).toISOString().slice(0, 10));

  it.each(NOTICE_KINDS)('the deadline and what to do next for a %s notice, whatever its date (the longest of each is checked)', (kind) => {
    const { pay, disagree } = noticeNextStepsTexts.es;
    const replies = noticeDates.map((noticeDate) => {
      const deadline = noticeDeadline({ kind, noticeDate });
      return [deadlineResultMessage('sms', deadline, 'es'), nextStepsMessage('sms', pay(deadline), 'es'), nextStepsMessage('sms', disagree(kind, deadline), 'es')].map((reply) => reply.text ?? '');
    });
    for (const which of [0, 1, 2]) {
      const longest = replies.map((texts) => texts[which] ?? '').reduce((a, b) => (b.length > a.length ? b : a));
      expect(fits(longest), longest).toBe(true);
    }
  });

  it('the hint, the collection warning and the other endings', () => {
    const { offsetPaid, unsure } = noticeNextStepsTexts.es;
    for (const text of [es.whichNoticeHint, es.collectionStarted, nextStepsMessage('sms', offsetPaid, 'es').text, nextStepsMessage('sms', unsure, 'es').text]) expect(fits(text), text).toBe(true);
  });
});
