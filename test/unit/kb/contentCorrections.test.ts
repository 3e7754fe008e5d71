import { describe, expect, it } from 'vitest';
import { CONSENT_REFUSED, statusChangeText, submittedText } from '../../../dialogs/handoffTexts.js';
import { topicIntros } from '../../../dialogs/mainMenu.js';
import { planAssumptions } from '../../../src/calc/paymentPlan.js';
import { priorityOneContacts } from '../../../src/kb/contacts.js';
import { unlabelledPriorityOneContacts } from '../../../src/kb/priorityOneLabels.js';
import type { CaseSummary } from '../../../src/handoff/caseSummary.js';
import { projectEntries, projectSpanishEntries } from '../../fixtures/knowledge.js';

/** An entry's answer as the taxpayer reads it. */
function answer(id: string): string {
  const entry = projectEntries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return `${entry.title}\n${entry.shortAnswer}\n${entry.details}`;
}

describe('answers say what their sources say, with the sources\' hedges', () => {
  it('a partial payment: the answer and the plan calculator agree that the sources do not give DRS\'s order', () => {
    const text = answer('interest-cannot-be-waived');
    expect(text).not.toMatch(/lowers the unpaid tax that interest is charged on/);
    expect(text).toMatch(/sources do not say whether DRS applies a partial payment/);
    expect(planAssumptions.join(' ')).toMatch(/sources do not say in which order DRS applies a payment; this estimate puts each payment first to interest, then to the penalty, then to the tax/);
  });

  it('the penalty: the answer says what the interest that grows each month is, in both languages', () => {
    expect(answer('late-payment-penalty')).toMatch(/Interest is what grows each month \(1% of the unpaid tax for each month or part of a month\)/);
    expect(projectSpanishEntries.find((entry) => entry.id === 'late-payment-penalty')?.details).toMatch(/el 1% del impuesto sin pagar por cada mes o parte de un mes/);
  });

  it('paying by card: the sources name no card, and the online-payment answer says so rather than guess', () => {
    expect(answer('pay-online')).toMatch(/does not say whether a credit or debit card is one of them/);
  });

  it('paying without an account: where the source says to choose the payment option', () => {
    expect(answer('pay-online')).toMatch(/without creating one, by choosing a payment option from the list on the left-hand side of the Welcome screen/);
    expect(answer('pay-online')).toMatch(/Choose the Income Tax Payment option/);
  });

  it('a town\'s unpaid car or property tax the town forwards to the state may be on the DRS account', () => {
    expect(answer('why-balance-due-notice')).toMatch(/town's unpaid motor vehicle \(car\) or personal property tax: when the town forwards that balance to the state, DRS may include it/);
  });

  it('the R859: standard plans may end once a debt is in collection, and the agency is not named', () => {
    expect(answer('r859-notice')).toMatch(/standard payment plans may no longer be available/);
    expect(answer('r859-notice')).toMatch(/I do not have the information on which agency DRS uses/);
  });

  it('a joint refund offset for more than the debt: the extra is refunded in both spouses\' names', () => {
    expect(answer('offset-joint-return-form-8379')).toMatch(/in both spouses' names/);
  });

  it('offsets of payments other than the federal income tax refund come only from the secondary guide, and say so', () => {
    const text = answer('federal-and-state-offsets');
    expect(text).toMatch(/DRS's own offset page speaks only of the federal income tax refund/);
    expect(text).toMatch(/balance due notice guide, a secondary guide, says Social Security benefits or contractor payments may also be withheld/);
    const entry = projectEntries.find((candidate) => candidate.id === 'federal-and-state-offsets');
    expect(entry?.source.document).toMatch(/Connecticut balance due notice guide.*DRS: Refund offset and Treasury Offset Program/);
  });

  it('an offset larger than the debt: more than the balance due at the time of the offset', () => {
    const text = answer('offset-after-paid-in-full');
    expect(text).toMatch(/more than the balance due at the time of the offset/);
    expect(text).not.toMatch(/more than you owed at that time/);
  });

  it.each([
    ['asset-seizure', /typically used only after repeated attempts/],
    ['asset-seizure', /Seizure typically comes only after/],
    ['offer-in-compromise', /DRS may accept an offer in compromise/],
    ['hardship-collection-suspension', /extreme hardship, DRS may temporarily suspend/],
    ['hardship-collection-suspension', /While collection is suspended, DRS refrains/],
    ['installment-payment-plans', /typically run 2 to 12 months/],
    ['interest-on-unpaid-tax', /pay the disputed amount under protest/],
    ['treasury-offset-program', /administered by Financial Management Services \(FMS\), a bureau of the U\.S\. Department of the Treasury/],
  ])('%s keeps the source\'s words: %s', (id, words) => {
    expect(answer(id)).toMatch(words);
  });

  it('no answer claims a single way out or that the FMS "runs" TOP', () => {
    for (const entry of projectEntries) {
      const text = `${entry.shortAnswer}\n${entry.details}`;
      expect(text, entry.file).not.toMatch(/\bthe only way\b/i);
      expect(text, entry.file).not.toMatch(/TOP is run by/);
    }
  });
});

describe('Priority One contacts in fixed texts carry the date of the 2020 guidance, once', () => {
  const summary = { kind: 'priorityOne', contact: { email: 'pat@example.com' } } as unknown as CaseSummary;
  const closed = submittedText({ caseId: 'c1', caseNumber: 'P1-ABCDEF', created: true, open: false, queuePosition: 1, nextOpening: 'Monday at 8:30 a.m.' }, summary);
  const failed = statusChangeText({ status: 'failed', caseId: 'c1', caseNumber: 'P1-ABCDEF', kind: 'priorityOne' });

  it.each([
    ['consent refused', CONSENT_REFUSED],
    ['case sent out of hours', closed],
    ['hand-off failed', failed],
  ])('%s', (_name, text) => {
    expect(text).toContain(priorityOneContacts.phone);
    expect(text.match(/as of April 17, 2020/g)).toHaveLength(1);
  });

  it('the Priority One menu says the guidance is from 2020 and that DRS decides', () => {
    expect(topicIntros.priorityOne.text).toMatch(/as of April 17, 2020/);
    expect(topicIntros.priorityOne.text).toMatch(/DRS decides each case/);
  });

  it('kb:check finds a contact written without the date, and accepts one with it', () => {
    const problems = unlabelledPriorityOneContacts([
      { path: 'dialogs/a.ts', text: "const a = 'Call 860-541-7650 now.';\nconst b = `Call ${priorityOneContacts.phone} (as of ${priorityOneContacts.guidanceDate}).`;" },
      { path: 'dialogs/b.ts', text: 'const c = `e-mail ${priorityOneContacts.email}`;' },
      { path: 'src/kb/contacts.ts', text: "phone: '860-541-7650'," },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^dialogs\/a\.ts:1: /);
    expect(problems[1]).toMatch(/^dialogs\/b\.ts:1: /);
  });
});
