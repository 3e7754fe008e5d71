import { describe, expect, it } from 'vitest';
import { calculatorFor } from '../../dialogs/calculatorIntent.js';
import { DialogIds } from '../../dialogs/dialogIds.js';

const clock = () => new Date('2026-11-21T16:00:00Z');

describe('calculatorFor in a Spanish conversation', () => {
  it.each([
    ['¿cuánto debo de intereses si pago $2,000 tarde?', DialogIds.owedEstimate],
    ['cuánto voy a deber si pago tarde', DialogIds.owedEstimate],
    ['calcular mi multa', DialogIds.owedEstimate],
    ['debo $2,000 que vencían el 15 de abril de 2024', DialogIds.owedEstimate],
    // A bill came, but the question is the penalty on a payment with its two dates.
    ['debía $900 de income tax q vencía el 15 de abril de 2024 y lo pagué el 2 de agosto de 2024, me llegó un bill, ¿cuánto sería la penalidad?', DialogIds.owedEstimate],
    ['cuándo vence mi aviso', DialogIds.noticeDeadline],
    ['¿Cuál es mi fecha límite?', DialogIds.noticeDeadline],
    ['fecha límite', DialogIds.noticeDeadline],
    ['me llegó un R859 con fecha 2 de noviembre de 2026', DialogIds.noticeDeadline],
    // "Mi aviso es del 5 de mayo": the notice's date, given.
    ['mi aviso de saldo es del 5 de mayo de 2026 y quiero protestar, hasta que dia tengo?', DialogIds.noticeDeadline],
    ['cuánto pagaría al mes en un plan de pagos', DialogIds.planEstimate],
    ['estimado de plan de pagos', DialogIds.planEstimate],
    ['¿de cuánto serían los pagos mensuales?', DialogIds.planEstimate],
    ['hasta cuándo puedo reclamar mi reembolso', DialogIds.refundWindow],
    ['plazo para reclamar un reembolso', DialogIds.refundWindow],
    ['What will I owe?', DialogIds.owedEstimate],
    ['When is my deadline?', DialogIds.noticeDeadline],
    ['debo $4,250 de impuesto sobre ingresos, cuanto es la multa?', DialogIds.owedEstimate],
    ['debo $200 de income tax estatal atrasado, la multa es de $50 minimo?', DialogIds.owedEstimate],
    ['debo $200 de income tax atrasado, la multa es $50 verdad?', DialogIds.owedEstimate],
    ['mi planilla de CT vencia el 15 de abril de 2022. Hasta q fecha puedo reclamar el reembolso?', DialogIds.refundWindow],
    ['mi declaracion vencia el 15 de abril de 2022 y nunca la mande. hasta cuando puedo mandarla pa q me devuelvan?', DialogIds.refundWindow],
    ['me dijeron q el penalty minimo es 50 pero yo solo debo 300 de income tax, cuanto me toca?', DialogIds.owedEstimate],
    ['debo $400 de income tax de CT, la multa minima es 50 dolares verdad?', DialogIds.owedEstimate],
    ['mi declaracion vencia el 15 de abril de 2022 y nunca la presente, me retuvieron de mas. todavia me lo devuelven?', DialogIds.refundWindow],
  ])('%j starts a calculator', (text, dialogId) => {
    expect(calculatorFor(text, clock, 'es')).toBe(dialogId);
  });

  it.each([
    '¿Cuánto es la multa por pagar tarde en Connecticut?',
    '¿Qué intereses cobra el DRS sobre el impuesto sin pagar?',
    'mi fecha límite cae en domingo, ¿qué pasa?',
    '¿Cuántos días tengo después de un aviso de intención de compensación?',
    'Estoy de acuerdo con mi saldo. ¿Cómo lo pago?',
    '¿puedo reclamar un reembolso?',
    '¿qué es un plan de pagos?',
    'cuanto debo ofrecer en un offer in compromise',
    'quien tiene que aprobar un waiver de multa de mas de $5,000?',
    'Mi multa es de como $7,000. ¿Quién decide si me la quitan?',
    'cuanto es la multa si presento tarde pero no debo nada, son $50?',
    // How the state works interest out, and the interest charged each month, are the answers' rule.
    '¿Cómo calcula el estado los intereses sobre los impuestos atrasados?',
    'Debo $3,000 de impuestos de Connecticut desde el 15 de abril. ¿Cuánto interés me cobran cada mes?',
  ])('%j goes to the knowledge base', (text) => {
    expect(calculatorFor(text, clock, 'es')).toBeUndefined();
  });

  it('reads Spanish only in a Spanish conversation: English reading is as it was', () => {
    expect(calculatorFor('cuándo vence mi aviso', clock)).toBeUndefined();
    expect(calculatorFor('cuánto pagaría al mes en un plan de pagos', clock, 'en')).toBeUndefined();
  });
});
