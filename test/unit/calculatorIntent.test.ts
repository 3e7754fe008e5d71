import { describe, expect, it } from 'vitest';
import { calculatorFor } from '../../dialogs/calculatorIntent.js';
import { DialogIds } from '../../dialogs/dialogIds.js';

const clock = () => new Date('2026-11-21T16:00:00Z');

describe('calculatorFor', () => {
  it.each([
    ['What will I owe?', DialogIds.owedEstimate],
    ['how much will I owe if I pay late', DialogIds.owedEstimate],
    ['calculate my penalty', DialogIds.owedEstimate],
    ['I owe $2,000 due April 15, 2024', DialogIds.owedEstimate],
    ['When is my deadline?', DialogIds.noticeDeadline],
    ['my deadline', DialogIds.noticeDeadline],
    ['I received an R859 dated November 2, 2026', DialogIds.noticeDeadline],
  ])('%j starts a calculator', (text, dialogId) => {
    expect(calculatorFor(text, clock)).toBe(dialogId);
  });

  it.each([
    'What is the late payment penalty in Connecticut?',
    'What interest rate does DRS charge on unpaid tax?',
    'my deadline is on a sunday, what happens',
    'How many days do I have after a Notice of Intent to Offset?',
    'I agree with my balance. How can I pay it?',
    'how much is the penalty for paying connecticut income tax late',
  ])('%j goes to the knowledge base', (text) => {
    expect(calculatorFor(text, clock)).toBeUndefined();
  });
});
