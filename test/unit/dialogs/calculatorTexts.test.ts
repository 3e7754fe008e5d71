import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { estimateBalance, noticeDeadline, noticeRules, paymentPlan, planAssumptions, refundClaimDeadline } from '../../../src/calc/index.js';
import type { NoticeKind } from '../../../src/calc/index.js';
import type { Language } from '../../../src/lib/language.js';
import { balanceResultMessage, deadlineResultMessage, planResultMessage, refundWindowMessage } from '../../../src/render/calcMessages.js';
import { calcRefusalTexts } from '../../../dialogs/calculationReplies.js';
import { calculatorPromptTexts } from '../../../dialogs/calculatorPrompts.js';
import { noticeDeadlineTexts } from '../../../dialogs/noticeDeadlineDialog.js';
import { owedEstimateTexts } from '../../../dialogs/owedEstimateDialog.js';
import { planEstimateTexts } from '../../../dialogs/planEstimateDialog.js';
import { refundWindowTexts } from '../../../dialogs/refundWindowDialog.js';
import { CalcError } from '../../../src/calc/index.js';

/** The numbers of a text (amounts, dates' day and year, phones, codes), in order of size. */
const numbersIn = (text: string) => (text.match(/\d+(?:[.,-]\d+)*/g) ?? []).sort();

const choiceLists = {
  'tax types': [owedEstimateTexts.en.taxTypes, owedEstimateTexts.es.taxTypes],
  'notice kinds': [noticeDeadlineTexts.en.kinds, noticeDeadlineTexts.es.kinds],
} as const;

describe('the calculators\' choices in each language', () => {
  it.each(Object.entries(choiceLists))('%s: the same keys in the same order, titles within 20 characters, the English title picks the Spanish choice', (_name, [english, spanish]) => {
    expect(spanish.map((choice) => choice.key)).toEqual(english.map((choice) => choice.key));
    for (const choice of [...english, ...spanish]) expect(choice.value.length, choice.value).toBeLessThanOrEqual(20);
    spanish.forEach((choice, index) => expect(choice.synonyms?.map((synonym) => synonym.toLowerCase())).toContain(english[index]?.value.toLowerCase()));
  });
});

/** Each text of a set, by name, as a string (lists and functions left out). */
const stringsOf = (texts: object): Record<string, string> => Object.fromEntries(Object.entries(texts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

const textSets = {
  calculatorPromptTexts,
  owedEstimateTexts,
  planEstimateTexts,
  refundWindowTexts,
  noticeDeadlineTexts,
} as const;

describe('Spanish texts give the same numbers as the English', () => {
  it.each(Object.entries(textSets))('%s', (_name, texts) => {
    const english = stringsOf(texts.en);
    const spanish = stringsOf(texts.es);
    expect(Object.keys(spanish)).toEqual(Object.keys(english));
    for (const [key, text] of Object.entries(english)) expect(numbersIn(spanish[key] ?? ''), key).toEqual(numbersIn(text));
  });

  const smsText = (message: Partial<Activity>) => message.text ?? '';
  const rendered = (language: Language) => [
    smsText(balanceResultMessage('sms', { taxType: 'business_sales_use', dueDate: '2024-04-15', paymentDate: '2024-10-15' }, estimateBalance({ taxType: 'business_sales_use', tax: 300, dueDate: '2024-04-15', paymentDate: '2024-10-15' }), language)),
    smsText(balanceResultMessage('sms', { taxType: 'individual_income', dueDate: '2024-04-15', paymentDate: '2024-07-10', asks: 'interest' }, estimateBalance({ taxType: 'individual_income', tax: 2000, dueDate: '2024-04-15', paymentDate: '2024-07-10' }), language)),
    smsText(balanceResultMessage('sms', { taxType: 'withholding', dueDate: '2024-04-15', paymentDate: '2024-04-10', asks: 'interest' }, estimateBalance({ taxType: 'withholding', tax: 2000, dueDate: '2024-04-15', paymentDate: '2024-04-10' }), language)),
    ...(Object.keys(noticeRules) as NoticeKind[]).map((kind) => smsText(deadlineResultMessage('sms', noticeDeadline({ kind, noticeDate: '2025-04-08' }), language))),
    smsText(planResultMessage('webchat', paymentPlan({ tax: 1000, penalty: 50, months: 3, firstPaymentDate: '2025-01-31' }), 3, language)),
    JSON.stringify(planResultMessage('webchat', paymentPlan({ tax: 1000, penalty: 50, months: 3, firstPaymentDate: '2025-01-31' }), 3, language).attachments),
    smsText(refundWindowMessage('sms', refundClaimDeadline({ dueDate: '2022-04-18', claimDate: '2025-06-01' }), language)),
  ];

  it('in every result', () => {
    const english = rendered('en');
    rendered('es').forEach((spanish, index) => expect(numbersIn(spanish), spanish).toEqual(numbersIn(english[index] ?? '')));
  });

  it('in the plan\'s assumptions, one for one', () => {
    const plan = paymentPlan({ tax: 1000, penalty: 50, months: 3, firstPaymentDate: '2025-01-31' });
    const footer = (language: Language) =>
      ((planResultMessage('webchat', plan, 3, language).attachments?.[0]?.content as { body: { isSubtle?: boolean; text: string }[] }).body ?? [])
        .filter((block) => block.isSubtle)
        .map((block) => block.text);
    expect(footer('en')).toEqual([...planAssumptions, 'This is an estimate; the amount on your notice governs.']);
    expect(footer('es')).toHaveLength(footer('en').length);
    footer('es').forEach((line, index) => expect(numbersIn(line)).toEqual(numbersIn(footer('en')[index] ?? '')));
    expect(footer('es').join(' ')).toMatch(/primero a los intereses, luego a la multa y luego al impuesto/);
  });

  it('in the refusals', () => {
    for (const error of [
      new CalcError('INVALID_DATE', 'dueDate', 'dueDate 1985-04-15 is outside the years this calculator covers (1990–2200).'),
      new CalcError('INVALID_TERM', 'months', 'months must be a whole number of months from 2 to 12.'),
    ]) {
      expect(numbersIn(calcRefusalTexts.es.reason(error))).toEqual(numbersIn(error.message).filter((number) => !/^\d{4}-\d{2}-\d{2}$/.test(number) && number !== '1985-04-15'));
    }
  });
});
