import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../../src/kb/parseEntry.js';
import type { KnowledgeEntry } from '../../../src/kb/schema.js';
import { KnowledgeSearch } from '../../../src/kb/search.js';
import type { SearchResult } from '../../../src/kb/search.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

const topOf = (result: SearchResult) => (result.kind === 'answer' ? result.best.entry.id : result.kind);

describe('knowledge search over the project knowledge', () => {
  it.each([
    ['my wage execution', 'wage-garnishment'],
    ['DRS is garnishing my paycheck', 'wage-garnishment'],
    ['what is a bank warrant', 'bank-levy'],
    ['can DRS levy my bank account', 'bank-levy'],
    ['why did DRS take my refund', 'refund-offset-why'],
    ['what is an OIC', 'offer-in-compromise'],
    ['offer of compromise', 'offer-in-compromise'],
    ['R-859', 'r859-notice'],
    ['r 859 letter', 'r859-notice'],
    ['what is the r859', 'r859-notice'],
    ['which notice says they hand my debt to a collection company in a week and a half', 'r859-notice'],
    ['I switched jobs midyear and now the state says I owe, did the new place mess up', 'income-tax-and-notice'],
    ["my husband's old debt took our whole refund", 'offset-joint-return-form-8379'],
    ['my mother got a balance due notice and I want to handle the calls and paperwork for her, can I just call DRS as her son?', 'power-of-attorney'],
    ['i finally did my old ct return after they took my refund, where does it go with proof of withholding', 'offset-unfiled-year'],
    ['how long b4 the money the feds took shows up on my drs acct', 'offset-posting-time'],
    ['can my diner use the drs covid relief thing, or is that only for individuals', 'priority-one-eligibility'],
  ])('reads synonyms: %j → %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });

  it.each([
    ['bankrupcy unit phone', 'offset-bankruptcy'],
    ['injred spouse form', 'offset-joint-return-form-8379'],
    ['instalment plan requirments', 'installment-payment-plans'],
    ['prority one hotline', 'priority-one-contact'],
  ])('tolerates typos: %j → %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });

  it.each([
    ['What is the R859 notice? My SSN is [SSN removed] and my ITIN is [SSN removed].', 'What is the R859 notice?'],
    ['Can DRS take my refund? card [card number removed], account [number removed]', 'Can DRS take my refund?'],
    ['my account [number removed] has a bank warrant, what is that', 'my account has a bank warrant, what is that'],
  ])('reads past the numbers redaction removed: %j', (question, without) => {
    const expected = topOf(projectKnowledge.search(without));
    expect(expected).not.toBe('none');
    expect(topOf(projectKnowledge.search(question))).toBe(expected);
  });

  it.each(['', '???', 'hello there', 'what is the weather tomorrow', 'who won the world series', 'how do I renew my passport'])(
    'falls back below the confidence threshold: %j',
    (question) => {
      expect(projectKnowledge.search(question).kind).toBe('none');
    },
  );

  it('offers near misses when it falls back', () => {
    const result = projectKnowledge.search('federal income tax brackets for 2025');
    expect(result.kind).toBe('none');
  });

  it('answers at least 95% of paraphrased in-scope questions and falls back on 80% of out-of-scope ones', () => {
    const rows = readFileSync(new URL('../../fixtures/kb-paraphrases.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { q: string; expect?: string[]; fallback?: boolean });
    let answered = 0;
    let fellBack = 0;
    const misses: string[] = [];
    for (const row of rows) {
      const result = projectKnowledge.search(row.q);
      if (row.fallback) {
        if (result.kind === 'none') fellBack += 1;
        else misses.push(`out-of-scope answered: ${row.q}`);
        continue;
      }
      const entry = result.kind === 'answer' ? result.best.entry : undefined;
      const text = entry ? `${entry.title}\n${entry.shortAnswer}\n${entry.details}` : '';
      if ((row.expect ?? []).every((pattern) => new RegExp(pattern, 'i').test(text))) answered += 1;
      else misses.push(`missed: ${row.q} (${topOf(result)})`);
    }
    const inScope = rows.filter((row) => !row.fallback).length;
    const outOfScope = rows.length - inScope;
    expect(answered / inScope, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(fellBack / outOfScope, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a near tie between two entries', () => {
  it.each([
    // The program the taxpayer names decides between it and the collection action.
    ['the state froze my checking with a bank warrant and covid cut my hours. does priority one cover this?', 'priority-one-eligibility'],
    // The entry defined by everything the other is, and more (garnishment plus a federal offset).
    [
      'DRS is taking money from my paycheck every week and the Treasury just grabbed my whole federal refund, which covers what I owe CT. I want the garnishment stopped. what do I send and where?',
      'offset-garnishment-fms-letter',
    ],
  ])('%j is answered with the narrower entry, %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });
});

describe('knowledge search decisions', () => {
  const entry = (id: string, title: string, questions: string[], keywords: string[], body = `${title} answer.`): KnowledgeEntry =>
    parseEntry(
      `${id}.md`,
      `---\nid: ${id}\ntitle: ${title}\nquestions: ${JSON.stringify(questions)}\nkeywords: ${JSON.stringify(keywords)}\nsource: { document: Test }\nreviewed: 2026-11-21\n---\n${body}\n`,
    ).entry!;
  const search = new KnowledgeSearch([
    // Alike but for one word each ("release", "credit"), so a question naming both fits them equally.
    entry('lien-release', 'Lien release', ['How does a lien release work?', 'lien release after paying', 'lien release on my house'], ['lien', 'release']),
    entry('lien-credit', 'Lien credit', ['How does a lien credit work?', 'lien credit after paying', 'lien credit on my house'], ['lien', 'credit']),
    entry('bank-levy', 'Bank levies', ['Can DRS levy my bank account?', 'bank levy', 'money taken from my checking account'], ['levy', 'bank']),
  ]);

  it('answers a clear winner', () => {
    const result = search.search('can they levy my bank account');
    expect(result.kind).toBe('answer');
    expect(result.kind === 'answer' && result.best.entry.id).toBe('bank-levy');
  });

  it('answers the better of two strong, near-equal matches', () => {
    expect(search.search('lien').kind).toBe('answer');
  });

  it('asks "did you mean" when two entries fit a question equally and only partly', () => {
    const result = search.search('release lien credit');
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && result.candidates.map((candidate) => candidate.entry.id).sort()).toEqual(['lien-credit', 'lien-release']);
  });

  it.each(['lien-release', 'lien-credit'])('answers a near tie asking for an address with the entry that holds one (%s)', (holder) => {
    const mailTo = 'Mail it to the Lien Unit, 450 Columbus Blvd, Hartford.';
    const withAddress = new KnowledgeSearch([
      entry('lien-release', 'Lien release', ['How does a lien release work?', 'lien release after paying', 'lien release on my house'], ['lien', 'release'], holder === 'lien-release' ? mailTo : undefined),
      entry('lien-credit', 'Lien credit', ['How does a lien credit work?', 'lien credit after paying', 'lien credit on my house'], ['lien', 'credit'], holder === 'lien-credit' ? mailTo : undefined),
    ]);
    expect(topOf(withAddress.search('release lien credit mailing address'))).toBe(holder);
  });

  it('answers a near tie asking for a detail neither entry holds with the better one (said to lack it by the caller)', () => {
    expect(search.search('release lien credit').kind).toBe('ambiguous');
    expect(search.search('release lien credit mailing address').kind).toBe('answer');
  });

  it('returns "none" with near misses when nothing fits well enough', () => {
    const result = search.search('lien on my boat in florida');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.nearMisses.length).toBeGreaterThan(0);
  });
});
