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
    ['My unpaid CT income tax is only $350. How much is the late payment penalty?', DialogIds.owedEstimate],
    ['late sales and use tax of $1,000, whats the penalty', DialogIds.owedEstimate],
    ['My 2021 CT return was due April 15, 2022 and I never filed. If I file it now, can I get the extra back?', DialogIds.refundWindow],
    ['The CT income tax late payment penalty is always at least $50, right? I only paid $120 of tax late.', DialogIds.owedEstimate],
    ['I never filed the CT return that was due April 18, 2023. Until what date can I still claim a refund?', DialogIds.refundWindow],
    ['can I still claim a refund for my return that was due April 15, 2022?', DialogIds.refundWindow],
    // "March 2025" is a month, not $2,025 of tax.
    ['my return was due April 15, 2024; if I file in March 2025 can I claim my refund?', DialogIds.refundWindow],
    ['My 2021 return was due April 18, 2022 and I never filed. Is April 18, 2025 the last day to claim it?', DialogIds.refundWindow],
    // A few words: the tax and the penalty or the months owed
    ['penalty on 4100 income tax', DialogIds.owedEstimate],
    ['interest on 900 owed 4 months', DialogIds.owedEstimate],
  ])('%j starts a calculator', (text, dialogId) => {
    expect(calculatorFor(text, clock)).toBe(dialogId);
  });

  it.each([
    'What is the late payment penalty in Connecticut?',
    'What interest rate does DRS charge on unpaid tax?',
    'my deadline is on a sunday, what happens',
    // A tax and a date told beside another question, or how DRS came to a figure, are not worked out.
    "I paid off my $6,200 state tax debt on March 3, 2025, but there's still a claim recorded against my condo. What now?",
    'A Treasury letter dated May 5 says $2,400 of my refund went to Connecticut, which clears my balance, but my wages are still being taken. Where do I send the letter?',
    "I didn't file a Connecticut return for 2022 because I figured I owed nothing. Now DRS has billed me for tax I never calculated. How did they come up with a number?",
    // The deadline for an act asks its rule, which the answers give.
    'What is the deadline for filing a written protest of a deficiency assessment with the Appellate Division?',
    'what is the deadline to request a review of the offset',
    'How many days do I have after a Notice of Intent to Offset?',
    'I agree with my balance. How can I pay it?',
    'how much is the penalty for paying connecticut income tax late',
    // An offset that already happened is not a notice with a deadline.
    'The IRS offset my federal refund on March 10, 2025. Earliest date I should expect it on my DRS account?',
    // Amounts that are not tax owed: a waiver's threshold, the penalty itself, a form number.
    'What committee reviews a penalty waiver over $5,000?',
    'What is the $50 penalty for filing late when no tax is due?',
    'If I pay my CT-1040 balance late, is the penalty a percentage or a flat fee?',
    // A refund asked about with a payment's due date, not a return's.
    'Can I still get my refund if I pay the balance by April 15, 2025?',
    // A plan's monthly amount beside today's date is no tax to work out.
    "I've paid DRS $200 every month on a plan since my divorce. Today I signed for a certified letter from them. Should I stop the monthly payments?",
    // How a charge is worked out, with no figure, asks the rule.
    "My bill has a line called 'interest' that keeps going up every month. How is Connecticut calculating it?",
  ])('%j goes to the knowledge base', (text) => {
    expect(calculatorFor(text, clock)).toBeUndefined();
  });
});
