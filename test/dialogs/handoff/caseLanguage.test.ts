import { HandoffEventNames } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import type { Language } from '../../../src/lib/language.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { openTestDatabase } from '../../fixtures/databases.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Tuesday, November 24, 2026, 10:00 in Connecticut: representatives are working. */
const openClock = () => new Date('2026-11-24T15:00:00Z');

// Choices are answered by their number, so the walk holds whatever language the prompts are in; the
// description is the taxpayer's own words, in their language.
const priorityOne = (description: string) => ['1', '1', 'wage garnishment', '1', '1', 'Ana Pérez', '860-555-0199', '1', description, '1'];
const general = (description: string) => ['2', '1', '1', 'Ana Pérez', 'ana@example.com', '1', description, '1'];

const walks: [string, string[], Language, 'priorityOne' | 'general'][] = [
  ['a Spanish conversation’s Priority One case', ['Español', 'hablar con una persona', ...priorityOne('Me embargaron el sueldo en 2020.')], 'es', 'priorityOne'],
  ['a Spanish conversation’s talk-to-a-person case', ['Español', 'hablar con una persona', ...general('Recibí un aviso y no lo entiendo.')], 'es', 'general'],
  ['an English conversation’s Priority One case', ['talk to a person', ...priorityOne('My wages were garnished in 2020.')], 'en', 'priorityOne'],
  ['an English conversation’s talk-to-a-person case', ['talk to a person', ...general('I got a notice and do not understand it.')], 'en', 'general'],
];

describe('the language a hand-off case keeps', () => {
  it.each(walks)('%s is stored in the conversation’s language, and the hub hears it', async (_name, said, language, kind) => {
    const harness = createBotHarness(db, 'webchat', projectKnowledge, openClock);
    let last: string[] = [];
    const initiations: unknown[] = [];
    for (const text of said) {
      const replies = await harness.say(text);
      last = replies.map(replyText);
      initiations.push(...replies.filter((reply) => reply.name === HandoffEventNames.InitiateHandoff).map((reply) => reply.value));
    }
    const cases = (await harness.cases.list()).filter((handoffCase) => handoffCase.conversationId === harness.conversationId);
    expect(cases, `a case after: ${last.join('\n')}`).toHaveLength(1);
    const [handoffCase] = cases;
    expect(handoffCase).toMatchObject({ kind, language });
    expect(last.join('\n')).toContain(handoffCase?.caseNumber);
    expect(initiations).toEqual([expect.objectContaining({ caseNumber: handoffCase?.caseNumber, language, kind })]);
  });
});
