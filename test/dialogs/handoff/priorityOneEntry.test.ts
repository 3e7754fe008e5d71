import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const SCREENING_START = /Are you asking as an individual or for a business\?/;

/** Says each message in a new conversation; returns what the last one got back. */
async function conversation(...messages: string[]): Promise<string> {
  const harness = createBotHarness(db, 'webchat');
  let last = '';
  for (const message of messages) last = (await harness.say(message)).map(replyText).join('\n');
  return last;
}

describe('ways into the Priority One screening', () => {
  it.each(['covid', 'Pandemic', 'COVID-19 relief', 'priority one check', 'Am I eligible for Priority One?', 'my wages are garnished and I lost my job', 'I lost my job because of covid and DRS levied my bank account'])(
    '"%s" starts it',
    async (message) => {
      expect(await conversation(message)).toMatch(SCREENING_START);
    },
  );

  it.each([
    ['my wages are garnished and I lost my job', 'Wage execution or garnishment'],
    ['Our store closed in the pandemic and there is a lien on it', 'Tax lien'],
  ])('keeps the collection actions "%s" names', async (message, name) => {
    expect(await conversation(message)).toContain(`You mentioned: ${name}. Priority One helps`);
    expect(await conversation(message, 'individual')).toContain(`You mentioned: ${name}; add any others.`);
  });

  it.each([
    ['covid cut my hours and my wages are still being garnished by the state', /Priority One: wage garnishments[\s\S]*develop a solution[\s\S]*860-541-7650/],
    ['I had an offer in compromise pending before covid, can it be redone', /Priority One: offers in compromise[\s\S]*re-evaluat/i],
  ])('tells what DRS says about the action named in "%s" before screening', async (message, answer) => {
    const reply = await conversation(message);
    expect(reply).toMatch(answer);
    expect(reply).toMatch(SCREENING_START);
    // The screening replaces the answer's own buttons: no "Check if it fits me" under it.
    expect(reply).not.toMatch(/Check if it fits me|Did this answer your question/);
  });

  it('screens without an answer when no Priority One answer fits the story', async () => {
    const reply = await conversation('my wages are garnished and I lost my job');
    expect(reply).not.toMatch(/\*\*Priority One:/);
    expect(reply).toMatch(SCREENING_START);
  });

  it.each(['Can DRS garnish my wages?', 'My wages are being garnished, what can I do?', 'What is Priority One?'])('answers the question "%s" first', async (question) => {
    expect(await conversation(question)).not.toMatch(SCREENING_START);
  });

  it('offers it under a Priority One answer, carrying the answer\'s collection action', async () => {
    const answer = await conversation('can my payment plan be changed');
    expect(answer).toMatch(/Priority One: changing an existing payment plan/);
    expect(answer).toMatch(/Check if it fits me/);
    expect(await conversation('can my payment plan be changed', 'Check if it fits me')).toMatch(SCREENING_START);
    expect(await conversation('can my payment plan be changed', 'Check if it fits me', 'individual')).toMatch(/You mentioned: Payment plan;/);
  });

  it('is the first choice of the Priority One topic in the menu', async () => {
    const topic = await conversation('menu', 'Priority One');
    expect(topic).toMatch(/Check if it fits me/);
    expect(await conversation('menu', 'Priority One', 'Check if it fits me')).toMatch(SCREENING_START);
  });
});
