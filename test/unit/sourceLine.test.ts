import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/kb/parseEntry.js';
import { answerMessage, sourceLine } from '../../src/render/answerMessages.js';

const entry = (source: string) =>
  parseEntry('sample.md', `---\nid: sample\ntitle: Sample\nquestions: [a?, b?, c?]\nkeywords: [k]\nsource: ${source}\nreviewed: 2026-11-21\n---\nAnswer.\n`).entry!;

describe('the source line of an answer', () => {
  it('shows only the review date for an undated source', () => {
    const line = sourceLine(entry('{ document: Connecticut balance due notice guide }'));
    expect(line).toBe('Source: Connecticut balance due notice guide. Reviewed November 21, 2026.');
    expect(line).not.toMatch(/dated|as of/);
  });

  it("shows a dated source's own date, its address, and the review date separately", () => {
    const priorityOne = entry(
      '{ document: "DRS announcement: Priority One Taxpayer Assistance Program", url: https://portal.ct.gov/DRS/COVID19/DRS-COVID-19-Response-FAQ, date: 2020-04-17 }',
    );
    expect(sourceLine(priorityOne)).toBe(
      'Source: DRS announcement: Priority One Taxpayer Assistance Program (https://portal.ct.gov/DRS/COVID19/DRS-COVID-19-Response-FAQ), dated April 17, 2020. Reviewed November 21, 2026.',
    );
  });

  it('ends the answer with the same line on Web Chat and SMS', () => {
    const dated = entry('{ document: "DRS announcement: Priority One Taxpayer Assistance Program", date: 2020-04-17 }');
    const line = 'Source: DRS announcement: Priority One Taxpayer Assistance Program, dated April 17, 2020. Reviewed November 21, 2026.';
    expect(answerMessage('webchat', dated).activity.text).toMatch(new RegExp(`_${line.replace(/[.()]/g, '\\$&')}_$`));
    expect(answerMessage('sms', dated).activity.text?.endsWith(line)).toBe(true);
  });
});
