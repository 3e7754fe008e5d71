import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createBotHarness, replyText } from '../../fixtures/botHarness.js';
import { CHANNELS, guideClock, pick } from '../../fixtures/conversation.js';
import type { ChannelId, Pick } from '../../fixtures/conversation.js';
import { openTestDatabase } from '../../fixtures/databases.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

type Turn = readonly [says: string | Pick, replies: RegExp | readonly RegExp[], never?: RegExp];

async function play(channelId: ChannelId, turns: readonly Turn[]): Promise<void> {
  const { say } = createBotHarness(db, channelId, projectKnowledge, guideClock);
  for (const [says, expected, never] of turns) {
    const text = typeof says === 'string' ? says : channelId === 'sms' ? String(says.number) : says.choose;
    const joined = (await say(text)).map(replyText).join('\n---\n');
    for (const pattern of Array.isArray(expected) ? expected : [expected]) expect(joined, `${channelId}, after "${text}"`).toMatch(pattern as RegExp);
    if (never) expect(joined, `${channelId}, after "${text}"`).not.toMatch(never);
  }
}

const SWITCHED_ES = /De acuerdo, seguiré en español\./;
const SWITCHED_EN = /OK, I will continue in English\./;

/** Each walk asks a question in one language, is told "Español" or "English" mid-question, and is answered in the other. */
const walks: Record<string, Turn[]> = {
  'a guide\'s choice, asked again in Spanish and answered with a Spanish choice': [
    ['hi', /What can I help you with\?/],
    [pick('Penalties & interest', 4), /Ask for a waiver/],
    [pick('Ask for a waiver', 1), /What kept you from paying or filing on time\?/],
    ['Español', [SWITCHED_ES, /¿Qué le impidió pagar o presentar a tiempo\?[\s\S]*Enfermedad grave/], /What kept you/],
    [pick('Enfermedad grave', 1), /¿La multa que quiere que le perdonen es de más de \$5,000\?/],
    ['English', [SWITCHED_EN, /Is the penalty you want waived more than \$5,000\?/], /¿La multa/],
    [pick('No', 2), /What to do next/],
  ],
  'a calculator\'s amount, asked again in Spanish and read in Spanish': [
    ['how much will I owe if I pay late', /Which tax is it\?/],
    [pick('Income tax', 1), /How much tax was unpaid/],
    ['español', [SWITCHED_ES, /¿Cuánto impuesto quedó sin pagar/], /How much tax was unpaid/],
    ['$2.000', /¿Cuándo vencía el impuesto\?/],
  ],
  'Priority One screening: the collection question in Spanish, then the next one too': [
    ['talk to a person', /Is this about one that COVID-19 made hard for you to keep up with\?/],
    ['Español', [SWITCHED_ES, /¿Su consulta es sobre una de ellas que el COVID-19 le hizo difícil cumplir\?[\s\S]*No estoy seguro/], /Is this about one/],
    [pick('Sí', 1), /¿Pregunta para usted o para un negocio\?[\s\S]*Para mí/],
    ['English', [SWITCHED_EN, /Are you asking as an individual or for a business\?/], /¿Pregunta para usted/],
  ],
};

describe.each(CHANNELS)('"Español" or "English" in the middle of a question on %s', (channelId) => {
  it.each(Object.keys(walks))('%s', async (name) => {
    await play(channelId, walks[name] ?? []);
  });
});
