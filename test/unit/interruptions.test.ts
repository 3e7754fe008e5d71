import { describe, expect, it } from 'vitest';
import { pickChoice } from '../../dialogs/choicePicking.js';
import { detectInterruption } from '../../dialogs/interruptions.js';
import { menuChoices } from '../../dialogs/mainMenu.js';

describe('detectInterruption', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['what can you do?', 'help'],
    ['Ayuda', 'help'],
    ['cancel', 'cancel'],
    ['Start over', 'cancel'],
    ['menu', 'cancel'],
    ['talk to a person', 'talkToPerson'],
    ['I want to speak with a representative', 'talkToPerson'],
    ['Agent', 'talkToPerson'],
    ['can I talk to someone at DRS', undefined],
    ['I need help with my payment plan', undefined],
    ['How do I cancel my payment plan?', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %s', (text, expected) => {
    expect(detectInterruption(text)).toBe(expected);
  });
});

describe('pickChoice', () => {
  it.each([
    ['Refund offsets', 'offsets'],
    ['refund offset', 'offsets'],
    ['PENALTIES & INTEREST', 'penalties'],
    ['penalties and interest', 'penalties'],
    ['3', 'paymentPlans'],
    ['option 5', 'priorityOne'],
    ['the second one', 'offsets'],
    ['9', undefined],
    ['why was my refund offset?', undefined],
  ])('%j → %s', (text, topic) => {
    expect(pickChoice(text, menuChoices)?.topic).toBe(topic);
  });

  it('ignores numbers when no numbered list was offered', () => {
    expect(pickChoice('3', menuChoices, { allowNumbers: false })).toBeUndefined();
    expect(pickChoice('Payment plans', menuChoices, { allowNumbers: false })?.topic).toBe('paymentPlans');
  });
});
