import { describe, expect, it } from 'vitest';
import { pickChoice } from '../../../dialogs/choicePicking.js';
import type { PromptChoice } from '../../../dialogs/choicePromptOptions.js';
import { actionChoicesIn, actionTitlesIn, readActionsAnswer, readCollectionActions } from '../../../dialogs/collectionActions.js';
import { handoffTexts, saysQueueCommand } from '../../../dialogs/handoffTexts.js';
import type { QueueCommand } from '../../../dialogs/handoffTexts.js';
import { priorityOneTexts } from '../../../dialogs/priorityOneTexts.js';
import type { PriorityOneTexts } from '../../../dialogs/priorityOneTexts.js';
import { readRatingEs } from '../../../dialogs/satisfactionSurvey.es.js';
import { surveyTexts } from '../../../dialogs/satisfactionSurvey.js';
import { talkToPersonTexts } from '../../../dialogs/talkToPersonTexts.js';
import type { CaseSummary } from '../../../src/handoff/caseSummary.js';
import type { QueueStanding, StatusChange, SubmittedCase } from '../../../src/handoff/relay.js';
import { caseFactLabels } from '../../../src/render/caseMessages.js';
import { pickSeveralTexts } from '../../../src/render/pickSeveralCard.js';
import { taxpayerNotices } from '../../../src/handoff/taxpayerNotices.js';
import type { TaxpayerNotices } from '../../../src/handoff/taxpayerNotices.js';

/** Titles longer than this show badly as Web Chat buttons. */
const MAX_TITLE = 20;
const withoutAccents = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Every list a hand-off prompt reads by index, in English and in Spanish. */
const LISTS: [name: string, en: readonly PromptChoice[], es: readonly PromptChoice[]][] = [
  ['the request\'s fields', handoffTexts.en.fields, handoffTexts.es.fields],
  ['the best times', handoffTexts.en.times, handoffTexts.es.times],
  ['whether earlier figures belong', handoffTexts.en.earlierChoices, handoffTexts.es.earlierChoices],
  ['individual or business', priorityOneTexts.en.types, priorityOneTexts.es.types],
  ['did this save a call', surveyTexts.en.savedCall, surveyTexts.es.savedCall],
];

describe('the hand-off\'s choices in English and Spanish', () => {
  it.each(LISTS)('%s: the same number of choices, titles of 20 characters or less', (_name, en, es) => {
    expect(es).toHaveLength(en.length);
    for (const choice of [...en, ...es]) expect(choice.value.length, choice.value).toBeLessThanOrEqual(MAX_TITLE);
  });

  it.each(LISTS)('%s: a Spanish reply picks the same choice by its title, its title without accents, or the English title', (_name, en, es) => {
    for (const [index, choice] of es.entries()) {
      for (const said of [choice.value, withoutAccents(choice.value), en[index]?.value ?? '']) expect(es.indexOf(pickChoice(said, es) ?? ({} as PromptChoice)), `"${said}"`).toBe(index);
    }
  });

  it('the request\'s fields have the same keys in the same order', () => {
    expect(handoffTexts.es.fields.map((field) => field.key)).toEqual(handoffTexts.en.fields.map((field) => field.key));
  });

  it('Skip is the third answer to "did this save a call" in both languages', () => {
    expect(surveyTexts.en.savedCall[2]).toBe(surveyTexts.en.skip);
    expect(surveyTexts.es.savedCall[2]).toBe(surveyTexts.es.skip);
  });

  it('offers the same guides, in the same order, when Priority One is not the way', () => {
    expect(talkToPersonTexts.es.notEligibleActions.map((offered) => offered.action)).toEqual(talkToPersonTexts.en.notEligibleActions.map((offered) => offered.action));
    for (const { label } of [...talkToPersonTexts.en.notEligibleActions, ...talkToPersonTexts.es.notEligibleActions]) expect(label.length, label).toBeLessThanOrEqual(MAX_TITLE);
    expect(pickSeveralTexts.es.done.length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('lists the collection actions in the same order, with the same values, in both languages', () => {
    expect(actionChoicesIn.es.map((choice) => choice.value)).toEqual(actionChoicesIn.en.map((choice) => choice.value));
    expect(actionTitlesIn.es).toHaveLength(actionTitlesIn.en.length);
    expect(Object.keys(caseFactLabels.es.actionNames)).toEqual(Object.keys(caseFactLabels.en.actionNames));
  });
});

describe('reading Spanish answers', () => {
  it.each<[string, ReturnType<typeof readCollectionActions>]>([
    ['Embargo bancario (levy)', ['bankLevy']],
    ['embargo bancario y gravamen', ['bankLevy', 'lien']],
    ['tengo un plan de pagos', ['paymentPlan']],
    ['me congelaron la cuenta', ['bankLevy']],
    ['embargo de salario', ['wageGarnishment']],
    ['me quitan dinero del sueldo', ['wageGarnishment']],
    ['me embargaron el sueldo', ['wageGarnishment']],
    ['embargaron mi sueldo', ['wageGarnishment']],
    ['mandé una oferta de compromiso', ['offerInCompromise']],
    ['otra acción de cobro', ['other']],
    ['2 y 4', ['bankLevy', 'lien']],
    ['1 o 3', ['paymentPlan', 'wageGarnishment']],
    ['Ninguna de estas', 'none'],
    ['ninguna', 'none'],
    ['nada de eso', 'none'],
  ])('reads "%s"', (said, expected) => {
    expect(readCollectionActions(said)).toEqual(expected);
  });

  it('reads "listo" and "terminé" as nothing more than the actions already named, and ticks as ticked', () => {
    for (const said of ['listo', 'Listo.', 'terminé', 'ya termine', 'eso es todo']) expect(readActionsAnswer({ text: said }), said).toEqual([]);
    expect(readActionsAnswer({ text: 'banana' })).toBeUndefined();
    expect(readActionsAnswer({ value: { collectionActions: 'lien' } })).toEqual(['lien']);
  });

  it.each([
    ['4', 4],
    ['cuatro', 4],
    ['4 estrellas', 4],
    ['5 de 5', 5],
    ['una estrella', 1],
    ['1 estrella', 1],
    ['¿Qué es un embargo?', undefined],
  ] as const)('reads the rating "%s" as %s', (said, rating) => {
    expect(readRatingEs(said)).toBe(rating);
  });

  it.each<[QueueCommand, string[]]>([
    ['howLong', ['¿Cuánto falta?', 'cuanto tiempo más', '¿Cuándo me atienden?', '¿En qué lugar estoy?', 'how long?']],
    ['callback', ['Llámenme, por favor', 'prefiero que me llamen', '¿Me pueden llamar después?', 'call me back']],
    ['withdraw', ['retirar solicitud', 'Retirar mi solicitud.', 'quiero salir de la fila', 'cancelar mi solicitud', 'cancel my request']],
    ['endChat', ['terminar chat', 'Terminar el chat.', 'volver al asistente', 'salir del chat', 'end chat']],
  ])('takes %s in either language', (command, messages) => {
    for (const message of messages) expect(saysQueueCommand(message, command), message).toBe(true);
  });

  it('does not take an ordinary message to the representative for a command', () => {
    for (const message of ['Mi empleador es Acme.', 'Cancelé mi tarjeta.', 'cancelar', 'fin']) {
      for (const command of ['howLong', 'callback', 'withdraw', 'endChat'] as const) expect(saysQueueCommand(message, command), `${message} as ${command}`).toBe(false);
    }
  });
});

describe('the Spanish texts give the same numbers as the English ones', () => {
  /** Numbers, phone numbers, times and amounts, in order of size: a translation gives the same ones. */
  const numbers = (text: string) => (text.match(/\d[\d,.:-]*\d|\d/g) ?? []).sort();
  const summary = (kind: CaseSummary['kind']) =>
    ({ kind, contact: { name: 'Ana', phone: '860-555-0142', email: 'ana@example.com' }, collectionActions: [], eligible: true, preferredTime: 'Any time', description: '', computed: {}, consentAt: '' }) satisfies CaseSummary;
  const saturday = new Date('2026-11-21T16:00:00Z');
  const submitted = (open: boolean): SubmittedCase => ({ caseId: 'c1', caseNumber: 'P1-ABCDEF', created: true, open, queuePosition: 3, waitMinutes: 85, nextOpening: 'Monday, November 23, 2026, at 8:30 a.m.' });
  const standing = (status: QueueStanding['status'], open: boolean): QueueStanding => ({ caseNumber: 'P1-ABCDEF', status, position: 2, waitMinutes: 12, open, nextOpening: 'Monday, November 23, 2026, at 8:30 a.m.' });
  const change = (status: StatusChange['status'], kind: CaseSummary['kind']): StatusChange => ({ status, caseId: 'c1', caseNumber: 'P1-ABCDEF', kind });

  const cases: [string, (texts: (typeof handoffTexts)['en']) => string][] = [
    ['consent refused', (texts) => texts.consentRefused],
    ['description retry', (texts) => texts.descriptionRetry],
    ['name retry', (texts) => texts.nameRetry],
    ...Object.keys(handoffTexts.en.contactProblems).map((key): [string, (texts: (typeof handoffTexts)['en']) => string] => [`contact problem ${key}`, (texts) => texts.contactProblems[key as keyof typeof texts.contactProblems]]),
    ...(['priorityOne', 'general'] as const).flatMap((kind) =>
      [true, false].map((open): [string, (texts: (typeof handoffTexts)['en']) => string] => [`submitted ${kind} ${open ? 'open' : 'closed'}`, (texts) => texts.submitted(submitted(open), summary(kind), saturday)]),
    ),
    ...(['queued', 'active', 'closed', 'failed'] as const).flatMap((status) =>
      (['priorityOne', 'general'] as const).map((kind): [string, (texts: (typeof handoffTexts)['en']) => string] => [`status ${status} ${kind}`, (texts) => texts.statusChange(change(status, kind))]),
    ),
    ['standing active', (texts) => texts.standing(standing('active', true), saturday)],
    ['standing queued open', (texts) => texts.standing(standing('queued', true), saturday)],
    ['standing queued closed', (texts) => texts.standing(standing('queued', false), saturday)],
    ['withdrawn', (texts) => texts.withdrawn('P1-ABCDEF')],
    ['callback', (texts) => texts.callback('P1-ABCDEF')],
    ['back to the assistant', (texts) => texts.backToAssistant('P1-ABCDEF')],
  ];

  it.each(cases)('%s', (_name, text) => {
    expect(numbers(text(handoffTexts.es))).toEqual(numbers(text(handoffTexts.en)));
  });

  it('the Priority One screening and "talk to a person"', () => {
    const screening: [string, (texts: PriorityOneTexts) => string][] = [
      ['intro', (texts) => texts.intro(undefined)],
      ['may help', (texts) => texts.mayHelp],
      ['actions on SMS', (texts) => texts.smsActionsQuestion('Tax lien')],
    ];
    for (const [name, text] of screening) expect(numbers(text(priorityOneTexts.es)), name).toEqual(numbers(text(priorityOneTexts.en)));
    expect(numbers(talkToPersonTexts.es.generalContact)).toEqual(numbers(talkToPersonTexts.en.generalContact));
    expect(numbers(surveyTexts.es.ratingQuestion)).toEqual(numbers(surveyTexts.en.ratingQuestion));
    expect(numbers(surveyTexts.es.smsRatingQuestion)).toEqual(numbers(surveyTexts.en.smsRatingQuestion));
  });

  it('the console\'s notices to a waiting taxpayer', () => {
    const notices: [string, (texts: TaxpayerNotices) => string][] = [
      ['joined', (texts) => texts.joined('P1-ABCDEF')],
      ['released', (texts) => texts.released('P1-ABCDEF')],
      ['reassigned', (texts) => texts.reassigned('P1-ABCDEF')],
      ['closed', (texts) => texts.closed('P1-ABCDEF')],
      ['queue update', (texts) => texts.queueUpdate('P1-ABCDEF', 4, 75)],
      ['queue update without an estimate', (texts) => texts.queueUpdate('P1-ABCDEF', 1, undefined)],
    ];
    for (const [name, text] of notices) expect(numbers(text(taxpayerNotices.es)), name).toEqual(numbers(text(taxpayerNotices.en)));
  });
});
