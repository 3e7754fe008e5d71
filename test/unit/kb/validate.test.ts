import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/kb/loadKnowledge.js';
import { KnowledgeError, parseEntry } from '../../../src/kb/parseEntry.js';
import { validateEntries } from '../../../src/kb/validate.js';
import type { ValidationContext } from '../../../src/kb/validate.js';
import { scratchDirectory } from '../../fixtures/scratchDirectories.js';

const context: ValidationContext = { dialogs: ['talkToPerson'], phoneNumbers: ['860-297-5962', '1-800-382-9463'], emails: ['drs@po.state.ct.us'] };

function entryText(overrides: Record<string, string> = {}, body = 'A short answer.\n\nDetails.'): string {
  const fields: Record<string, string> = {
    id: 'sample-entry',
    title: 'A sample entry',
    questions: '[What is this?, Tell me about this, How does this work?]',
    keywords: '[sample]',
    source: '{ document: Connecticut balance due notice guide }',
    reviewed: '2026-11-21',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

const problemsOf = (text: string) => parseEntry('notices/sample.md', text).problems;
const crossProblems = (...texts: string[]) =>
  validateEntries(texts.map((text, i) => parseEntry(`notices/sample-${i}.md`, text).entry!), context);

describe('knowledge validation', () => {
  it('accepts a well-formed entry and splits short answer from details', () => {
    const { entry, problems } = parseEntry('notices/sample.md', entryText());
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: 'sample-entry', shortAnswer: 'A short answer.', details: 'Details.', related: [] });
  });

  it.each([
    ['a missing source', entryText({ source: '' }), /notices\/sample\.md: source is required/],
    ['a source with no document', entryText({ source: '{ url: https://portal.ct.gov }' }), /notices\/sample\.md: source\.document/],
    ['an empty answer', entryText({}, '   '), /notices\/sample\.md: answer must not be empty/],
    ['too few sample questions', entryText({ questions: '[Only one?]' }), /notices\/sample\.md: questions needs at least 3/],
    ['an impossible date', entryText({ reviewed: '2025-02-30' }), /notices\/sample\.md: reviewed must be a real date written YYYY-MM-DD/],
    ['a bad id', entryText({ id: 'Sample Entry' }), /notices\/sample\.md: id must be lowercase words/],
    ['an unknown field', entryText({ colour: 'blue' }), /notices\/sample\.md: .*colour/],
    ['broken YAML', entryText({ title: '"unclosed' }), /notices\/sample\.md: front matter is not valid YAML/],
    ['no front matter', 'Just an answer.', /notices\/sample\.md: must start with front matter/],
  ])('reports %s, naming the file and field', (_, text, message) => {
    expect(problemsOf(text).join('\n')).toMatch(message);
  });

  it('refuses the retired asOf field and says to write reviewed and, where the source is dated, source.date', () => {
    const problems = problemsOf(entryText({ reviewed: '', asOf: '2026-11-21' })).join('\n');
    expect(problems).toMatch(/notices\/sample\.md: front matter asOf is no longer used: write reviewed: YYYY-MM-DD .*source\.date: YYYY-MM-DD/);
    expect(problems).toMatch(/notices\/sample\.md: reviewed /);
  });

  it('accepts a source date on or before the review date, and refuses one after it', () => {
    const dated = (date: string) => entryText({ source: `{ document: Dated announcement, date: ${date} }` });
    expect(problemsOf(dated('2020-04-17'))).toEqual([]);
    expect(parseEntry('notices/sample.md', dated('2020-04-17')).entry?.source.date).toBe('2020-04-17');
    expect(problemsOf(dated('2026-11-21'))).toEqual([]);
    expect(problemsOf(dated('2026-11-22'))).toEqual([expect.stringMatching(/^notices\/sample\.md: source\.date must not be after reviewed/)]);
    expect(problemsOf(dated('2020-02-30'))).toEqual([expect.stringMatching(/^notices\/sample\.md: source\.date must be a real date/)]);
  });

  it('refuses an unknown source field rather than dropping it', () => {
    const problems = problemsOf(entryText({ source: '{ document: Dated announcement, dated: 2020-04-17 }' }));
    expect(problems).toEqual([expect.stringMatching(/^notices\/sample\.md: source has unknown field\(s\) dated \(known: document, url, date\)/)]);
  });

  it('reports duplicate ids', () => {
    expect(crossProblems(entryText(), entryText())).toEqual([expect.stringMatching(/sample-1\.md: id "sample-entry" is already used by notices\/sample-0\.md/)]);
  });

  it('reports an action naming no dialog', () => {
    const text = entryText({ action: '{ dialog: noSuchDialog, label: Go }' });
    expect(crossProblems(text)).toEqual([expect.stringMatching(/action\.dialog "noSuchDialog" is not a dialog/)]);
  });

  it('reports related ids that are no entry', () => {
    expect(crossProblems(entryText({ related: '[nowhere]' }))).toEqual([expect.stringMatching(/related names "nowhere"/)]);
  });

  it('reports phone numbers and emails that are not in the contact table, or written differently', () => {
    const body = 'Call 860-555-0100 or (860) 297-5962, or email help@example.com. Also 860-297-5962 and drs@po.state.ct.us.';
    const problems = crossProblems(entryText({}, body));
    expect(problems).toEqual([
      expect.stringMatching(/answer has phone number 860-555-0100, which is not in the contact table/),
      expect.stringMatching(/answer writes \(860\) 297-5962; write it exactly as 860-297-5962/),
      expect.stringMatching(/answer has email help@example\.com, which is not in the contact table/),
    ]);
  });

  it('requires Priority One answers to carry the April 17, 2020 guidance date', () => {
    const source = '{ document: "DRS announcement: Priority One Taxpayer Assistance Program" }';
    expect(crossProblems(entryText({ source }))).toEqual([expect.stringMatching(/must say "as of April 17, 2020"/)]);
    expect(crossProblems(entryText({ source }, 'Guidance as of April 17, 2020; confirm with DRS.'))).toEqual([]);
  });

  it('loads a folder and throws one error listing every problem', () => {
    const dir = scratchDirectory('kb-');
    mkdirSync(join(dir, 'notices'));
    writeFileSync(join(dir, 'notices', 'a.md'), entryText());
    writeFileSync(join(dir, 'notices', 'b.md'), entryText({ reviewed: 'soon' }));
    writeFileSync(join(dir, 'README.md'), '# not an entry');
    expect(() => loadKnowledge(dir, context)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir, context)).toThrow(/1 problem\(s\):\n- notices\/b\.md: reviewed must be a real date/);
  });
});
