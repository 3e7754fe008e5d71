import { describe, expect, it } from 'vitest';
import { withoutDates } from '../../../src/kb/withoutDates.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

describe('the days a question names', () => {
  it.each(['March 3, 2025', 'May 5', 'Sept. 15th', '3 de marzo de 2025', '15 de abril', '3/3/2025'])('leaves %j out of the search', (day) => {
    expect(withoutDates(`I paid on ${day} and`).replace(/\s+/g, ' ')).toBe('I paid on and');
  });

  it('keeps "may" as a word and a count of days', () => {
    expect(withoutDates('may I pay within the 60 days')).toBe('may I pay within the 60 days');
  });

  it('answers a question told with a day by its topic', () => {
    const result = projectKnowledge.search("I paid off my $6,200 state tax debt on March 3, 2025, but there's still a claim recorded against my condo. What now?");
    expect(result.kind === 'answer' && result.best.entry.id).toBe('tax-liens');
  });
});
