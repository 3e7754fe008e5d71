import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/kb/parseEntry.js';
import { KnowledgeSearch } from '../../src/kb/search.js';
import type { Database } from '../../src/db/database.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { openTestDatabase } from '../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const joined = (replies: Parameters<typeof replyText>[0][]) => replies.map(replyText).join('\n---\n');

describe('answers from the knowledge base', () => {
  it('answers the very first message after the greeting, with its source and date', async () => {
    const { say } = createBotHarness(db);
    const replies = await say('What is the R859 notice?');
    const text = joined(replies);
    expect(text).toMatch(/^Hello! I am the Connecticut Department of Revenue Services/);
    expect(text).toMatch(/The R859 notice \(private collection referral\)/);
    expect(text).toMatch(/private collection agency[\s\S]*10 days/);
    expect(text).toMatch(/Source: Connecticut balance due notice guide\. Reviewed November 21, 2026\./);
    expect(text).toMatch(/Did this answer your question\?[\s\S]*Yes[\s\S]*No/);
  });

  it('stores "yes" and "no" feedback with the entry id', async () => {
    const { say } = createBotHarness(db);
    await say('hi');
    await say('How many days do I have after a Notice of Intent to Offset?');
    expect(joined(await say('Yes'))).toMatch(/Thank you for letting me know/);
    await say('Does DRS charge a fee for an offset?');
    const no = joined(await say('no'));
    expect(no).toMatch(/Sorry that did not help[\s\S]*Talk to a person/);
    const rows = await db.query<{ entry_id: string; helpful: boolean }>('select entry_id, helpful from kb_feedback order by id');
    expect(rows.rows.slice(-2)).toEqual([
      { entry_id: 'notice-of-intent-to-offset', helpful: true },
      { entry_id: 'offset-no-fee', helpful: false },
    ]);
    expect(joined(await say('Talk to a person'))).toMatch(/collection action/);
  });

  it('says it does not have a detail the answer lacks, gives what it knows, and logs the gap', async () => {
    const { say } = createBotHarness(db);
    await say('hi');
    const text = joined(await say('What percentage of my paycheck can DRS garnish?'));
    expect(text).toMatch(/^I do not have the information on the exact percentage\. Here is what my sources say on this topic:\n---\n[\s\S]*Wage garnishment/);
    const gaps = await db.query<{ question: string }>('select question from kb_gaps order by id desc limit 1');
    expect(gaps.rows[0]?.question).toMatch(/percentage of my paycheck/);
    // An answer that holds the detail comes alone.
    expect(joined(await say('What percent is the late payment penalty for income tax?'))).not.toMatch(/I do not have the information/);
  });

  it('says so in Spanish too', async () => {
    const { say } = createBotHarness(db, 'webchat');
    await say('hola');
    const text = joined(await say('q porcentaje del sueldo me pueden embargar por la deuda de impuestos?'));
    expect(text).toMatch(/No tengo la información sobre el porcentaje exacto\. Esto es lo que dicen mis fuentes sobre el tema:[\s\S]*Embargo de salario/);
  });

  it.each([
    ['how long does DRS take to answer a penalty waiver request?', /^I do not have the information on how long that decision or answer takes\./],
    ['cuanto se tarda el DRS en contestar el DRS-PW?', /^No tengo la información sobre cuánto tarda esa decisión o respuesta\./],
  ])('says it does not know how long DRS takes to decide (%j)', async (question, expected) => {
    const { say } = createBotHarness(db, 'webchat');
    await say('hi');
    expect(joined(await say(question))).toMatch(expected);
  });

  it('answers a new question when the feedback question is ignored', async () => {
    const { say } = createBotHarness(db);
    await say('hi');
    await say('What is the Priority One phone number?');
    const text = joined(await say('How do I request a review before a federal offset?'));
    expect(text).toMatch(/SIS Unit/);
  });

  it('opens a related topic from its number on SMS, as plain text', async () => {
    const { say } = createBotHarness(db, 'sms');
    const first = await say('what is the r859 notice');
    const prompt = first.at(-1);
    expect(prompt?.suggestedActions).toBeUndefined();
    expect(prompt?.text).toMatch(/1\. Yes\n\s*2\. No\n\s*3\. Find my deadline\n\s*4\. (.+)/);
    const relatedTitle = /4\. (.+)/.exec(prompt?.text ?? '')?.[1]?.trim() ?? '';
    const next = await say('4');
    expect(next[0]?.text?.startsWith(relatedTitle)).toBe(true);
    for (const reply of [...first, ...next]) expect(reply.text ?? '').not.toMatch(/\*\*|_Source/);
  });

  it('offers a topic\'s main questions from the menu and answers the one picked', async () => {
    const { say } = createBotHarness(db);
    await say('hi');
    const topic = joined(await say('Refund offsets'));
    expect(topic).toMatch(/Why DRS took \(offset\) my refund/);
    expect(joined(await say('Why DRS took (offset) my refund'))).toMatch(/Source: DRS: Refund offset and Treasury Offset Program/);
  });

  it('falls back honestly, and keeps the question (redacted) for content editors', async () => {
    const { say } = createBotHarness(db);
    await say('hi');
    const text = joined(await say('which lottery numbers should I play, my ssn is 123-45-6789'));
    expect(text).toMatch(/^[\s\S]*I'm not sure I can answer that/);
    expect(text).toMatch(/Talk to a person/);
    const gaps = await db.query<{ question: string }>('select question from kb_gaps order by id desc limit 1');
    expect(gaps.rows[0]?.question).toMatch(/lottery numbers/);
    expect(gaps.rows[0]?.question).not.toMatch(/6789/);
  });

  // The honest-fallback words an evaluator looks for (shared/eval/run-eval.mjs) are in each.
  it.each([
    ['my landlord will not give back my security deposit', /another office or company, not Connecticut DRS, so I can't help with it/],
    ['IRS installment agreement for my federal taxes', /another office or company, not Connecticut DRS, so I can't help with it/],
    ['mi casero no me devuelve el depósito de seguridad', /otra oficina o empresa, no para el DRS de Connecticut, así que no puedo ayudarle con eso/],
  ])('says plainly that %j is for another office or company, and offers the menu', async (question, expected) => {
    const { say } = createBotHarness(db);
    const text = joined(await say(question));
    expect(text).toMatch(expected);
    expect(text).toMatch(/Talk to a person|Hablar con alguien/);
  });
});

describe('answers that need a choice or more room', () => {
  const entry = (id: string, title: string, questions: string[], keywords: string[], body: string) =>
    parseEntry(
      `${id}.md`,
      `---\nid: ${id}\ntitle: ${title}\nquestions: ${JSON.stringify(questions)}\nkeywords: ${JSON.stringify(keywords)}\nsource: { document: Test source }\nreviewed: 2026-11-21\n---\n${body}\n`,
    ).entry!;
  const longDetails = Array.from({ length: 40 }, (_, i) => `Detail sentence number ${i + 1} about releasing a lien.`).join(' ');
  const knowledge = new KnowledgeSearch([
    // Alike but for one word each ("release", "credit"), so a question naming both fits them equally.
    entry('lien-release', 'Lien release', ['How does a lien release work?', 'lien release after paying', 'lien release on my house'], ['lien', 'release'], `A lien is released after you pay.\n\n${longDetails}`),
    entry('lien-credit', 'Lien credit', ['How does a lien credit work?', 'lien credit after paying', 'lien credit on my house'], ['lien', 'credit'], 'A filed lien is public and can appear on credit reports.'),
    entry('bank-levy', 'Bank levies', ['Can DRS levy my bank account?', 'bank levy', 'money taken from my checking account'], ['levy', 'bank'], 'DRS can levy a bank account after notice.'),
  ]);

  it('asks "did you mean" with both candidates and answers the one chosen', async () => {
    const { say } = createBotHarness(db, 'webchat', knowledge);
    await say('hi');
    const ask = await say('release lien credit');
    expect(joined(ask)).toMatch(/Did you mean one of these\?/);
    const offered = ask.at(-1)?.suggestedActions?.actions.map((action) => String(action.title)) ?? [];
    expect(offered.slice(0, 2).sort()).toEqual(['Lien credit', 'Lien release']);
    expect(offered[2]).toBe('Main menu');
    expect(joined(await say('Lien credit'))).toMatch(/public and can appear on credit reports/);
  });

  it.each([
    ["What's the difference between a DRS tax lien and a bank levy?", /Bank levy \(bank warrant\)/, /For the other thing you asked about, see "Connecticut state tax liens"\./, 'Connecticut state tax liens'],
    ['cual es la diferencia entre un gravamen y un embargo', /Gravámenes de impuestos del estado de Connecticut/, /Sobre lo otro que preguntó, vea "Embargo de salario/, 'Embargo de salario (wage execution) por impuestos de Connecticut sin pagar'],
  ])('answers one of two things compared, and offers the other first: %j', async (question, answer, other, button) => {
    const { say } = createBotHarness(db);
    const replies = await say(question);
    const text = joined(replies);
    expect(text).toMatch(answer);
    expect(text).toMatch(other);
    const offered = replies.flatMap((reply) => reply.suggestedActions?.actions.map((action) => String(action.title)) ?? []);
    expect(offered).toContain(button);
  });

  it('sends a long answer on SMS as the short answer first, then the details on MORE', async () => {
    const { say } = createBotHarness(db, 'sms', knowledge);
    const first = await say('how do I get a lien released');
    const answer = first.find((reply) => reply.text?.includes('A lien is released after you pay.'));
    expect(answer?.text).toMatch(/Source: Test source\. Reviewed November 21, 2026\.\n\nReply MORE for details\./);
    expect(answer?.text).not.toMatch(/Detail sentence number 1 /);
    const more = await say('MORE');
    expect(more.map((reply) => reply.text).join(' ')).toMatch(/Detail sentence number 1 [\s\S]*Detail sentence number 40/);
    for (const reply of more) expect(reply.text?.length ?? 0).toBeLessThanOrEqual(1600);
    // The details push the list up, so the question comes again: its numbers are the latest list.
    expect(more.at(-1)?.text).toMatch(/^Did this answer your question\?\n\n1\. Yes\n2\. No/);
    expect(joined(await say('1'))).toMatch(/Thank you/);
  });
});
