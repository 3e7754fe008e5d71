import { describe, expect, it } from 'vitest';
import { extractBalanceSlots, extractNoticeSlots, extractPlanSlots, findAmount, findDates, findWholeNumber } from '../../../src/nlu/extract.js';
import { withPlainNumbers } from '../../../src/nlu/spanishReading.js';

const TODAY = '2026-11-21';
const datesIn = (text: string) => findDates(text, TODAY, 'es').map((mention) => mention.date);

describe('amounts typed in a Spanish conversation', () => {
  it.each([
    ['$2.000', 2000],
    ['$2,000', 2000],
    ['2.000 dólares', 2000],
    ['2,000 dólares', 2000],
    ['1.250,50', 1250.5],
    ['$1.250,50', 1250.5],
    ['1,250.50', 1250.5],
    ['$1,250.50', 1250.5],
    ['1.250.000', 1250000],
    ['2,50', 2.5],
    ['$2.50', 2.5],
    ['300', 300],
    ['$300', 300],
    ['300 dólares', 300],
    ['USD 500', 500],
    ['mil quinientos', 1500],
    ['mil quinientos dólares', 1500],
    ['dos mil', 2000],
    ['0', 0],
    ['cero', 0],
    ['debo $2,000 de impuestos', 2000],
    ['tengo un aviso de 5000', 5000],
    ['¿cuánto debo de intereses si pago $2,000 tarde?', 2000],
  ] as const)('%j is %d', (text, amount) => {
    expect(findAmount(text, TODAY, 'es')).toBe(amount);
  });

  it.each(['no sé', 'mucho', 'vencía el 15 de abril de 2024', 'el 10% del impuesto', 'un aviso', 'el 15 por ciento'])('%j holds no amount', (text) => {
    expect(findAmount(text, TODAY, 'es')).toBeUndefined();
  });

  it('keeps English reading as it was: "$2.000" is two dollars, "$2,000" two thousand', () => {
    expect(findAmount('$2.000', TODAY)).toBe(2);
    expect(findAmount('$2,000', TODAY)).toBe(2000);
    expect(findAmount('1,250.50', TODAY, 'en')).toBe(1250.5);
  });

  it.each([
    ['$2,000', '$2000 '],
    ['1.250,50 dólares', '1250,50  dólares'],
    ['el 15/4/2024 pagué 1,250.50', 'el 15/4/2024 pagué 1250,50 '],
    ['1,250,50', '1,250,50'],
  ])('writes the numbers of %j as the Spanish recognizer reads them, in place', (text, plain) => {
    expect(withPlainNumbers(text)).toBe(plain);
    expect(withPlainNumbers(text)).toHaveLength(text.length);
  });
});

describe('dates typed in a Spanish conversation', () => {
  it.each([
    ['15 de abril de 2024', ['2024-04-15']],
    ['15/4/2024', ['2024-04-15']],
    // As printed on DRS notices, month first; a first number over 12 can only be a day.
    ['4/5/2024', ['2024-04-05']],
    ['09/04/2026', ['2026-09-04']],
    ['4/15/2024', ['2024-04-15']],
    ['31/1/2025', ['2025-01-31']],
    ['15-04-2024', ['2024-04-15']],
    ['el 10 de julio', ['2026-07-10']],
    ['el 1 de diciembre', ['2026-12-01']],
    ['primero de mayo de 2025', ['2025-05-01']],
    ['hoy', ['2026-11-21']],
    ['Hoy.', ['2026-11-21']],
    ['mañana', ['2026-11-22']],
    ['ayer', ['2026-11-20']],
    ['el próximo viernes', ['2026-11-27']],
    ['el viernes que viene', ['2026-11-27']],
    ['April 15, 2024', ['2024-04-15']],
    ['May 5, 2026', ['2026-05-05']],
    ['4/15/2024', ['2024-04-15']],
    ['vencía el 15 de abril de 2024 y pagaré el 10 de julio de 2024', ['2024-04-15', '2024-07-10']],
    ['si pago el 10 de julio de 2024', ['2024-07-10']],
    ['¿qué hago si vence el 5 de mayo de 2027?', ['2027-05-05']],
    ['desde el 31/1/2027', ['2027-01-31']],
    ['a partir del 1 de diciembre', ['2026-12-01']],
  ] as const)('%j is %j', (text, dates) => {
    expect(datesIn(text)).toEqual(dates);
  });

  it.each(['mi aviso', 'el 10% del impuesto', 'debo 2000', 'no sé', 'un plan de 6 meses'])('%j holds no date', (text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('keeps English reading as it was: 4/5/2024 is April 5', () => {
    expect(findDates('4/5/2024', TODAY).map((mention) => mention.date)).toEqual(['2024-04-05']);
  });
});

describe('slots from a Spanish question', () => {
  it.each([
    ['¿cuánto debo de intereses si pago $2,000 tarde?', { asks: 'interest', tax: 2000 }],
    [
      'Debo $2.000 de impuesto sobre el ingreso que vencía el 15 de abril de 2024. Si pago el 10 de julio de 2024, ¿cuánto debo de intereses?',
      { asks: 'interest', tax: 2000, taxType: 'individual_income', dueDate: '2024-04-15', paymentDate: '2024-07-10' },
    ],
    ['¿cuál es la multa si pago $300 de impuesto sobre las ventas que debía pagar el 30/4/2025 el 20/5/2025?', { asks: 'penalty', penaltyAsked: true, tax: 300, taxType: 'business_sales_use', dueDate: '2025-04-30', paymentDate: '2025-05-20' }],
    ['retención de nómina de 1.000 dólares, vencía el 30 de abril de 2025, pagada hoy', { tax: 1000, taxType: 'withholding', dueDate: '2025-04-30', paymentDate: '2026-11-21' }],
    ['¿cuánto debo en total de multa e intereses?', { penaltyAsked: true }],
    // The payment date without its year follows the due date.
    ['debía 300 de income tax para el 15 de abril de 2025 y pagué el 1 de junio', { tax: 300, taxType: 'individual_income', dueDate: '2025-04-15', paymentDate: '2025-06-01' }],
    // "Desde" a day, then "pago el 1 de junio": two days, not one range, and no August in "pago".
    ['si debo 300 de income tax desde el 15 de abril de 2025 y pago el 1 de junio, cuanto pago en total?', { tax: 300, taxType: 'individual_income', dueDate: '2025-04-15', paymentDate: '2025-06-01' }],
  ] as const)('%j', (text, slots) => {
    expect(extractBalanceSlots(text, TODAY, 'es')).toEqual(slots);
  });

  it.each([
    ['me llegó un R859 con fecha 8 de abril de 2025', { kind: 'r859', noticeDate: '2025-04-08' }],
    ['mi aviso de intención de compensación tiene fecha del 5 de mayo de 2026', { kind: 'intent_to_offset', noticeDate: '2026-05-05' }],
    ['recibí un aviso de saldo pendiente el 11/2/2026', { kind: 'assessment', noticeDate: '2026-11-02' }],
  ] as const)('%j', (text, slots) => {
    expect(extractNoticeSlots(text, TODAY, 'es')).toEqual(slots);
  });

  it.each([
    ['cuánto pagaría al mes en un plan de pagos de $5,000 por 6 meses empezando el 1 de diciembre', { tax: 5000, months: 6, firstPaymentDate: '2026-12-01' }],
    ['un plan de 1.000 dólares en doce meses', { tax: 1000, months: 12 }],
    ['plan de pagos en 3 meses desde el 31/1/2027', { months: 3, firstPaymentDate: '2027-01-31' }],
  ] as const)('%j', (text, slots) => {
    expect(extractPlanSlots(text, TODAY, 'es')).toEqual(slots);
  });

  it.each([
    ['6', 6],
    ['seis', 6],
    ['doce meses', 12],
    ['en 3 meses', 3],
  ] as const)('reads the plan length %j as %d', (text, months) => {
    expect(findWholeNumber(text, 'es')).toBe(months);
  });
});

describe('Spanish words the date recognizer misreads', () => {
  it('"una" before a date is not one o\'clock: the date is still read', () => {
    expect(findDates('no estoy de acuerdo con una liquidación de Connecticut con fecha 12 de agosto de 2025', TODAY, 'es').map((mention) => mention.date)).toEqual(['2025-08-12']);
  });

  it('"el último día" asks for a deadline, not yesterday', () => {
    expect(findDates('¿cuál es el último día para presentar una protesta?', TODAY, 'es')).toEqual([]);
  });

  it('a weekday alone ("cae sábado") is no date, and reading the slots does not fail on it', () => {
    const question = 'Este año el 4 de julio cae sábado, ¿qué día es el feriado?';
    expect(findDates(question, TODAY, 'es').map((mention) => mention.date)).toEqual(['2026-07-04']);
    expect(() => extractBalanceSlots(question, TODAY, 'es')).not.toThrow();
  });
});
