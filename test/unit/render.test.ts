import { CardFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { caseSummaryMessage } from '../../src/render/caseMessages.js';
import { literalMarkdown } from '../../src/render/literalMarkdown.js';
import { SMS_MAX_LENGTH, choicesMessage, infoCard, plainText, readableText, splitForSms, toSms } from '../../src/render/render.js';
import type { CaseSummary } from '../../src/handoff/caseSummary.js';

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

describe('typed text on SMS and in the transcript', () => {
  const NAME = 'Pat **bold** <b>x</b> [click me](https://evil.example)';
  const DESCRIPTION = '1. Levied _twice_ & "fast" -- see `notes`\nsecond line \\ done';
  const summary: CaseSummary = {
    kind: 'priorityOne',
    taxpayerType: 'individual',
    collectionActions: ['bankLevy'],
    covidImpact: 'yes',
    eligible: true,
    contact: { name: NAME, email: 'pat_doe@example.com', phone: '(860) 555-0142' },
    preferredTime: '**mornings**',
    description: DESCRIPTION,
    computed: { deadline: 'act by June 16, 2025' },
    consentAt: '2026-01-01T00:00:00.000Z',
  };
  const typedLines = [`Name: ${NAME}`, 'Phone: (860) 555-0142', 'E-mail: pat_doe@example.com', 'Best time: **mornings**', `What is happening: ${DESCRIPTION}`];

  it('escapes the taxpayer’s words in the card, and only theirs', () => {
    const card = caseSummaryMessage('webchat', 'Your request', summary).attachments?.[0]?.content as { body: { facts?: { title: string; value: string }[] }[] };
    const facts = Object.fromEntries((card.body[1]?.facts ?? []).map((fact) => [fact.title, fact.value]));
    expect(facts).toMatchObject({ Name: literalMarkdown(NAME), 'What is happening': literalMarkdown(DESCRIPTION), 'Best time': '\\*\\*mornings\\*\\*' });
    expect(facts).toMatchObject({ Taxpayer: 'Individual', 'Collection actions': 'Bank warrant or levy', Deadline: 'act by June 16, 2025' });
  });

  it('flattens the card to the text as typed, without backslashes', () => {
    const [sms, ...rest] = toSms(caseSummaryMessage('webchat', 'Your request', summary));
    expect(rest).toHaveLength(0);
    for (const line of typedLines) expect(sms?.text).toContain(line);
    expect(sms?.text).not.toContain('\\*');
    expect(sms?.text).toContain('Deadline: act by June 16, 2025');
  });

  it('sends the SMS summary as plain text, kept as typed', () => {
    const message = caseSummaryMessage('sms', 'Your request', summary);
    expect(message).toMatchObject({ textFormat: 'plain' });
    const [sms] = toSms(message);
    for (const line of typedLines) expect(sms?.text).toContain(line);
  });

  it('keeps plain text as it is, and removes Markdown only from Markdown', () => {
    const typed = '[Pay here](https://evil.example) **now** <img src=x onerror=alert(1)>';
    expect(readableText({ type: 'message', text: typed, textFormat: 'plain' })).toBe(typed);
    expect(toSms({ type: 'message', text: typed, textFormat: 'plain' })[0]?.text).toBe(typed);
    expect(readableText({ type: 'message', text: typed })).toBe('Pay here: https://evil.example now');
  });

  it('removes our Markdown around escaped words and keeps the words', () => {
    expect(plainText(`**Contact**: ${literalMarkdown('**Pat** [x](y) _z_')}`)).toBe('Contact: **Pat** [x](y) _z_');
  });
});
