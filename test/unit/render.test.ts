import { CardFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { SMS_MAX_LENGTH, choicesMessage, infoCard, plainText, splitForSms, toSms } from '../../src/channels/render.js';

describe('choicesMessage', () => {
  const choices = ['Notices', 'Refund offsets', 'Talk to a person'];

  it('uses suggested actions on Web Chat', () => {
    const message = choicesMessage('webchat', 'Pick one', choices);
    expect(message.suggestedActions?.actions.map((action) => action.title)).toEqual(choices);
  });

  it('uses a hero card with buttons on Teams', () => {
    const message = choicesMessage('msteams', 'Pick one', choices);
    expect(message.suggestedActions).toBeUndefined();
    expect(message.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it('uses a numbered plain list on SMS', () => {
    const message = choicesMessage('sms', 'Pick one', choices);
    expect(message.suggestedActions).toBeUndefined();
    expect(message.attachments).toBeUndefined();
    expect(message.text).toMatch(/1\. Notices\n\s*2\. Refund offsets\n\s*3\. Talk to a person/);
  });
});

describe('SMS rendering', () => {
  it('strips markdown and keeps link addresses', () => {
    expect(plainText('**Pay** in [myconneCT](https://drs.ct.gov/eservices)\n\n- one\n- two')).toBe(
      'Pay in myconneCT: https://drs.ct.gov/eservices\n\n- one\n- two',
    );
  });

  it('flattens cards and buttons into one plain message', () => {
    const [sms, ...rest] = toSms({
      type: 'message',
      text: 'Here is how:',
      attachments: [infoCard('Contact DRS', 'Call **860-297-5962**', ['Yes', 'No'])],
    });
    expect(rest).toHaveLength(0);
    expect(sms).toMatchObject({ type: 'message', textFormat: 'plain' });
    expect(sms?.attachments).toBeUndefined();
    expect(sms?.text).toBe('Here is how:\n\nContact DRS\nCall 860-297-5962\n1. Yes\n2. No');
  });

  it('reads the text out of an Adaptive Card', () => {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      body: [{ type: 'TextBlock', text: 'Your case' }, { type: 'FactSet', facts: [{ title: 'Deadline', value: 'June 16, 2025' }] }],
    });
    expect(toSms({ type: 'message', attachments: [card] })[0]?.text).toBe('Your case\nDeadline: June 16, 2025');
  });

  it('splits long replies at word boundaries under the SMS limit', () => {
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitForSms(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(pieces.join(' ')).toBe(long);
  });

  it('leaves non-message activities alone', () => {
    const typing = { type: 'typing' };
    expect(toSms(typing)).toEqual([typing]);
  });
});
