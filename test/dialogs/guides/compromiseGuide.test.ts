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


const WHICH = /Which would help you\?[\s\S]*Settle for less[\s\S]*Pause collection[\s\S]*Not sure/;
const OPEN: Row[] = [['hi', /What can I help you with/], [pick('Payment plans', 3), /Settle or pause/], [pick('Settle or pause', 2), WHICH]];
const OFFER: Row[] = [...OPEN, [pick('Settle for less', 1), /Have you filed all your Connecticut tax returns\?/]];

const paths: Record<string, Row[]> = {
  'offer in compromise: eligible, full financial disclosure, collection does not stop': [
    ...OFFER,
    [pick('Yes', 1), /active bankruptcy, or under a criminal investigation\?/],
    [
      pick('No', 2),
      [
        /Offer in compromise: settling a Connecticut tax debt for less/,
        /What to do next: prepare an offer in compromise/,
        /complete financial disclosure: your income, assets and monthly expenses/,
        /does not stop garnishments or levies unless DRS formally suspends them/,
        OFFERS_PERSON,
      ],
    ],
  ],
  'offer with returns not filed': [...OFFER, [pick('No', 2), [/What to do next: file your missing returns/, /considers an offer only when all returns are filed/, OFFERS_PERSON]]],
  'offer during bankruptcy or a criminal investigation': [
    ...OFFER,
    [pick('Yes', 1), /bankruptcy/],
    [pick('Yes', 1), [/What to do next: talk to DRS/, /not available during an active bankruptcy or a criminal investigation/, OFFERS_PERSON]],
  ],
  'hardship suspension: what DRS needs to see, interest still runs': [
    ...OPEN,
    [pick('Pause collection', 2), /basic living expenses/],
    [pick('Yes', 1), [/What to do next: ask for a hardship suspension/, /bank statements, pay records/, /interest keeps adding up at 1% a month/, OFFERS_PERSON]],
  ],
  'no hardship: the payment plan check instead': [
    ...OPEN,
    [pick('Pause collection', 2), /basic living expenses/],
    [pick('No', 2), [/payment plan may fit better/, /Have you filed all your Connecticut tax returns, including past years\?/]],
    [pick('No', 2), [/What to do next: file your missing returns/, OFFERS_PERSON]],
  ],
  'not sure: both explained, then DRS': [
    ...OPEN,
    [pick('Not sure', 3), [/settles the debt for less than you owe/, /pauses garnishments, levies and seizures/, /Which sounds closer to what you need\?/]],
    [pick('Not sure', 3), [/What to do next: ask DRS which fits/, OFFERS_PERSON]],
  ],
};

describe.each(CHANNELS)('offer in compromise and hardship guide on %s', (channelId) => {
  it.each(Object.entries(paths))('%s', async (_name, rows) => {
    await playConversation(db, channelId, rows);
  });
});
