import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { CHANNELS, OFFERS_PERSON, pick, playConversation } from '../../fixtures/conversation.js';
import type { Row } from '../../fixtures/conversation.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});


const CAUSE = /What kept you from paying or filing on time\?[\s\S]*Serious illness[\s\S]*Natural disaster[\s\S]*DRS's written advice[\s\S]*Something else/;
const OPEN: Row[] = [['hi', /What can I help you with/], [pick('Penalties & interest', 4), /Ask for a waiver/], [pick('Ask for a waiver', 1), CAUSE]];
const WAIVER_STEPS = [/What to do next: ask for a penalty waiver/, /Form DRS-PW in myconneCT, or by mail/, /Interest is never waived/, /CGS §12-3a/, OFFERS_PERSON];

const paths: Record<string, Row[]> = {
  'serious illness, $5,000 or less': [
    ...OPEN,
    [pick('Serious illness', 1), [/Form DRS-PW/, /reasonable cause/i, /more than \$5,000\?/]],
    [pick('No', 2), [...WAIVER_STEPS, /medical records or a doctor['’]s note/, /^(?![\s\S]*Penalty Review Committee must)/]],
  ],
  'natural disaster, over $5,000: the Penalty Review Committee': [
    ...OPEN,
    [pick('Natural disaster', 2), /more than \$5,000\?/],
    [pick('Yes', 1), [...WAIVER_STEPS, /insurance claims/, /Because the waiver is over \$5,000, the Penalty Review Committee must also approve it/]],
  ],
  "relying on DRS's written advice, amount not known": [
    ...OPEN,
    [pick("DRS's written advice", 3), /more than \$5,000\?/],
    [pick('Not sure', 3), [...WAIVER_STEPS, /a copy of the written advice DRS gave you/, /If the waiver is over \$5,000/]],
  ],
  'something else: what reasonable cause means': [
    ...OPEN,
    [pick('Something else', 4), [/beyond your control/, /DRS decides each request/, /more than \$5,000\?/]],
    [pick('No', 2), [...WAIVER_STEPS, /records showing what happened and when/]],
  ],
};

describe.each(CHANNELS)('penalty waiver guide on %s', (channelId) => {
  it.each(Object.entries(paths))('%s', async (_name, rows) => {
    await playConversation(db, channelId, rows);
  });
});
