import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOutOfScope } from '../../../src/kb/outOfScope.js';
import { parseEntry } from '../../../src/kb/parseEntry.js';
import { KnowledgeSearch } from '../../../src/kb/search.js';
import type { KnowledgeEntry } from '../../../src/kb/schema.js';
import { knowledgeDir } from '../../../src/paths.js';
import { projectEnglishKnowledge, projectKnowledge } from '../../fixtures/knowledge.js';
import { scratchDirectory } from '../../fixtures/scratchDirectories.js';

const entry = (id: string, title: string, questions: string[], keywords: string[]): KnowledgeEntry =>
  parseEntry(
    `${id}.md`,
    `---\nid: ${id}\ntitle: ${title}\nquestions: ${JSON.stringify(questions)}\nkeywords: ${JSON.stringify(keywords)}\nsource: { document: Test }\nreviewed: 2026-11-21\n---\n${title} answer.\n`,
  ).entry!;

const licence = entry('licence-suspension', 'Can DRS suspend my licence?', ['Will DRS suspend my driver licence for unpaid tax?', 'licence suspended for back taxes', 'can the state take my licence'], ['licence', 'suspension']);
const renewals = ['how do I renew my driver licence at the DMV', 'DMV licence renewal fee', 'where do I renew a licence in person'];

describe('out-of-scope questions', () => {
  it('turn a question closer to them than to any entry into the honest fallback', () => {
    const question = 'licence renewal';
    expect(new KnowledgeSearch([licence]).search(question).kind).toBe('answer');
    const result = new KnowledgeSearch([licence], undefined, undefined, renewals).search(question);
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.nearMisses.map((near) => near.entry.id)).toEqual(['licence-suspension']);
  });

  it('leave a question for an entry to that entry', () => {
    const result = new KnowledgeSearch([licence], undefined, undefined, renewals).search('can DRS suspend my licence for back taxes');
    expect(result.kind === 'answer' && result.best.entry.id).toBe('licence-suspension');
  });

  it('are read from the knowledge folder in both languages', () => {
    expect(loadOutOfScope(knowledgeDir, 'en').length).toBeGreaterThan(100);
    expect(loadOutOfScope(knowledgeDir, 'es').length).toBeGreaterThan(100);
  });

  it('give the fallback for questions for other offices in both languages', () => {
    for (const question of ['how do I pay my town car tax bill', 'what is the best credit card for travel points']) {
      expect(projectEnglishKnowledge.search(question).kind, question).toBe('none');
    }
    for (const question of ['como saco la licencia de conducir en el dmv', 'cual es la mejor tarjeta de credito para viajar']) {
      expect(projectKnowledge.spanish.answerer.search(question).kind, question).toBe('none');
    }
  });

  it('are optional, and a broken file is refused with its name and the reason', () => {
    const dir = scratchDirectory('out-of-scope-');
    expect(loadOutOfScope(dir, 'en')).toEqual([]);
    writeFileSync(join(dir, 'out-of-scope.yml'), 'questions: []\n');
    expect(() => loadOutOfScope(dir, 'en')).toThrow(/out-of-scope\.yml: questions needs at least one question/);
    writeFileSync(join(dir, 'out-of-scope.es.yml'), 'questions: ["ok"]\nanswer: no\n');
    expect(() => loadOutOfScope(dir, 'es')).toThrow(/out-of-scope\.es\.yml/);
    writeFileSync(join(dir, 'out-of-scope.yml'), 'questions: [unclosed\n');
    expect(() => loadOutOfScope(dir, 'en')).toThrow(/out-of-scope\.yml: not valid YAML/);
  });
});
