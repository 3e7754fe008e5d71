import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/kb/normalize.js';
import { spanishText } from '../../../src/kb/spanishText.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

describe('missing a plan payment, said many ways, is one word', () => {
  it.each([
    'I missed a payment on my plan',
    "I can't make this month's installment",
    'my plan defaulted',
    "I'm going to be late on one of my monthly payments",
    'I fell behind on my payments',
    'can I skip a payment',
  ])('%j', (said) => {
    expect(canonicalText(said)).toMatch(/\bmissedpayment\b/);
  });

  it.each(['I fell behind on my taxes', 'can I make monthly payments', 'I paid late'])('%j is not', (said) => {
    expect(canonicalText(said)).not.toMatch(/\bmissedpayment\b/);
  });
});

describe('not able to pay all at once is a payment plan question', () => {
  it.each([
    ["I can't afford to pay my CT taxes all at once", 'installment-payment-plans'],
    ['can I pay what I owe in monthly payments', 'installment-payment-plans'],
    ['what happens if I miss a payment on my plan', 'payment-plan-default'],
  ])('%j → %s', (question, entry) => {
    const result = projectKnowledge.search(question);
    expect(result.kind === 'answer' ? result.best.entry.id : result.kind).toBe(entry);
  });

  it('not able to pay at all stays apart from not able to pay at once', () => {
    expect(canonicalText("I can't pay")).toBe('i cantpay');
    expect(canonicalText("I can't pay the bill in full")).toBe('i cantpay paymentplan');
  });
});

describe('stopping plan payments', () => {
  it('is missing them, in each language', () => {
    expect(canonicalText('what if I stop making my plan payments')).toMatch(/\bmissedpayment\b/);
    expect(spanishText.canonicalText('si dejo de pagar el plan')).toMatch(/\bpagoatrasado\b/);
  });
});
