import { randomUUID } from 'node:crypto';
import type { ResourceResponse } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optedInTextEs, optedOutTextEs } from '../../src/bot/smsOptOut.es.js';
import { optedInText, optedOutText, readSmsKeyword, smsKeyword } from '../../src/bot/smsOptOut.js';
import { drsContacts } from '../../src/kb/contacts.js';
import type { Database } from '../../src/db/database.js';
import { SqlSmsOptOuts } from '../../src/db/sqlSmsOptOuts.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { describeEachEngine } from '../fixtures/databases.js';

const REPRESENTATIVE = 'A DRS representative has replied';
const SMS_MENU = /1\. Notices\n\s*2\. Refund offsets/;
const texts = (replies: Parameters<typeof replyText>[0][]) => replies.map(replyText);

describe('SMS keywords', () => {
  it.each([
    ['STOP', 'optOut'],
    [' stop ', 'optOut'],
    ['Stop.', 'optOut'],
    ['STOPALL', 'optOut'],
    ['unsubscribe!', 'optOut'],
    ['Cancel', 'optOut'],
    ['end', 'optOut'],
    ['quit', 'optOut'],
    ['START', 'optIn'],
    ['unstop', 'optIn'],
    ['Yes!', 'optIn'],
    ['stop sending me letters', undefined],
    ['please stop', undefined],
    ['restart', undefined],
    ['', undefined],
    ['PARAR', 'optOut'],
    ['alto', 'optOut'],
    ['Cancelar.', 'optOut'],
    ['detener', 'optOut'],
    ['FIN', 'optOut'],
    ['baja!', 'optOut'],
    ['INICIAR', 'optIn'],
    ['Sí', 'optIn'],
    ['si', 'optIn'],
    ['parar de cobrar', undefined],
    ['ayuda', undefined],
  ] as const)('%j is %s', (text, expected) => {
    expect(smsKeyword(text)).toBe(expected);
  });

  it.each([
    ['STOP', 'en'],
    ['START', 'en'],
    ['parar', 'es'],
    ['Iniciar', 'es'],
    ['SÍ', 'es'],
  ] as const)('%j is answered in %s', (text, language) => {
    expect(readSmsKeyword(text)?.language).toBe(language);
  });
});

describeEachEngine('SMS opt-out', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(async () => {
    await db.close();
  });

  const newNumber = () => `+1860${randomUUID().slice(0, 7)}`;

  it('acknowledges STOP once, then stays silent, proactive messages included, until START', async () => {
    const { say, reference, continueConversation } = createBotHarness(db, 'sms');
    expect(texts(await say('STOP'))).toEqual([optedOutText]);
    expect(optedOutText).toMatch(/Reply START/);
    expect(optedOutText).toContain(drsContacts.phone);

    for (const text of ['hi', 'What is the R859 notice?', 'STOP']) expect(await say(text), `after "${text}"`).toEqual([]);

    const responses: ResourceResponse[] = [];
    const delivered = await continueConversation(reference, async (context) => {
      responses.push(await context.sendActivity(REPRESENTATIVE) ?? { id: 'none' });
    });
    expect(delivered).toEqual([]);
    expect(responses).toEqual([{ id: '' }]);

    expect(texts(await say('START'))).toEqual([optedInText]);
    expect(texts(await say('hi')).join('\n')).toMatch(SMS_MENU);
    expect(texts(await continueConversation(reference, async (context) => void (await context.sendActivity(REPRESENTATIVE))))).toEqual([REPRESENTATIVE]);
  });

  it('does not hand messages from an opted-out number to the assistant at all', async () => {
    const { say } = createBotHarness(db, 'sms');
    // Plainly English, so the language read from it cannot turn the reply Spanish; unique per run (letters only: a long number would be redacted).
    const unanswerable = `what is the blorf rate for my widgets, reference ${randomUUID().replace(/[^a-f]/g, '')}`;
    const recorded = async () => (await db.query('select 1 from kb_gaps where question = $1', [unanswerable])).rows.length;
    await say('STOP');
    expect(await say(unanswerable)).toEqual([]);
    expect(await recorded()).toBe(0);
    await say('START');
    expect(texts(await say(unanswerable)).join('\n')).toMatch(/I'm not sure/);
    expect(await recorded()).toBe(1);
  });

  it('opts out on "cancel", and resubscribes on UNSTOP or YES', async () => {
    const { say } = createBotHarness(db, 'sms');
    expect(texts(await say('cancel'))).toEqual([optedOutText]);
    expect(texts(await say('unstop'))).toEqual([optedInText]);
    expect(texts(await say('Quit!'))).toEqual([optedOutText]);
    expect(texts(await say('yes'))).toEqual([optedInText]);
  });

  it('opts out on Spanish keywords and answers them in Spanish; the English ones keep working', async () => {
    const { say } = createBotHarness(db, 'sms');
    expect(texts(await say('PARAR'))).toEqual([optedOutTextEs]);
    expect(optedOutTextEs).toMatch(/Responda INICIAR/);
    expect(optedOutTextEs).toContain(drsContacts.phone);
    expect(await say('hola')).toEqual([]);
    expect(texts(await say('Iniciar'))).toEqual([optedInTextEs]);
    expect(texts(await say('Baja'))).toEqual([optedOutTextEs]);
    expect(texts(await say('START'))).toEqual([optedInText]);
    expect(texts(await say('alto'))).toEqual([optedOutTextEs]);
    expect(texts(await say('sí'))).toEqual([optedInTextEs]);
    expect(texts(await say('STOP'))).toEqual([optedOutText]);
    expect(texts(await say('INICIAR'))).toEqual([optedInTextEs]);
  });

  it('passes START and YES to the assistant when the number is not opted out', async () => {
    const { say } = createBotHarness(db, 'sms');
    const start = texts(await say('START')).join('\n');
    expect(start).toMatch(SMS_MENU);
    expect(start).not.toContain(optedInText);
    const yes = texts(await say('yes'));
    expect(yes.length).toBeGreaterThan(0);
    expect(yes).not.toContain(optedInText);
  });

  it('leaves other channels alone: "stop" on Web Chat is an ordinary message', async () => {
    const { say } = createBotHarness(db, 'webchat');
    const replies = texts(await say('stop'));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies).not.toContain(optedOutText);
    expect(texts(await say('hi')).join('\n')).toMatch(/What can I help you with/);
  });

  it('applies an opt-out taken on another instance to this one', async () => {
    const number = newNumber();
    const first = createBotHarness(db, 'sms', undefined, undefined, number);
    const second = createBotHarness(db, 'sms', undefined, undefined, number);
    expect(texts(await second.say('hi')).join('\n')).toMatch(SMS_MENU);
    expect(texts(await first.say('STOP'))).toEqual([optedOutText]);
    expect(await second.say('What is the R859 notice?')).toEqual([]);
    expect(await second.say('STOP')).toEqual([]);
    expect(texts(await second.say('START'))).toEqual([optedInText]);
    expect(texts(await first.say('hi')).join('\n')).toMatch(SMS_MENU);
  });

  it('checks at send time, so an opt-out recorded during a turn silences the rest of it', async () => {
    const number = newNumber();
    const { reference, continueConversation } = createBotHarness(db, 'sms', undefined, undefined, number);
    const elsewhere = new SqlSmsOptOuts(db);
    const delivered = await continueConversation(reference, async (context) => {
      await context.sendActivity('before');
      await elsewhere.optOut(number);
      await context.sendActivity(REPRESENTATIVE);
    });
    expect(texts(delivered)).toEqual(['before']);
  });
});
