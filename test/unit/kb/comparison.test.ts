import { describe, expect, it } from 'vitest';
import { comparedSides } from '../../../src/kb/comparison.js';
import { projectEnglishKnowledge } from '../../fixtures/knowledge.js';

describe('a question comparing two things', () => {
  it.each([
    ["What's the difference between a DRS tax lien and a bank levy?", ['a DRS tax lien', 'a bank levy']],
    ['is an offset the same as a garnishment', ['an offset', 'a garnishment']],
    ['Does a penalty waiver do the same thing as an offer in compromise?', ['a penalty waiver', 'an offer in compromise']],
    ['Penalty versus interest: which one can DRS take off my bill?', ['Penalty which one can DRS take off my bill?', 'interest which one can DRS take off my bill?']],
    ['cual es la diferencia entre un gravamen y un embargo', ['un gravamen', 'un embargo']],
    ['el offset es lo mismo que el embargo de sueldo?', ['el offset', 'el embargo de sueldo']],
  ])('%j has the sides %j', (question, sides) => {
    expect(comparedSides(question)).toEqual(sides);
  });

  it.each(['does the interest stop if I pay', 'the money they took is the same amount as my debt', 'what is a lien'])('%j compares nothing', (question) => {
    expect(comparedSides(question)).toBeUndefined();
  });

  it('is answered on one side, with the other offered beside it', () => {
    const result = projectEnglishKnowledge.search("What's the difference between a DRS tax lien and a bank levy?");
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect([result.best.entry.id, result.compared?.entry.id].sort()).toEqual(['bank-levy', 'tax-liens']);
  });

  it('keeps an entry that clearly answers the comparison itself', () => {
    const result = projectEnglishKnowledge.search('is there a difference between the personal and business tax bills from CT');
    expect(result.kind === 'answer' && result.best.entry.id).toBe('balance-due-notice-types');
    expect(result.kind === 'answer' && result.compared).toBeUndefined();
  });
});
