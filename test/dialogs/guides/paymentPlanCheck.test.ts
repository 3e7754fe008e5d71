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


const FILED = /2 to 12 months[\s\S]*Have you filed all your Connecticut tax returns, including past years\?[\s\S]*Yes[\s\S]*No[\s\S]*Not sure/;
const OPEN: Row[] = [['payment plan check', FILED]];
const UNDER_LIMIT: Row[] = [...OPEN, [pick('Yes', 1), /active bankruptcy case\?/], [pick('No', 2), /more than \$10,000\?/]];

const paths: Record<string, Row[]> = {
  'all filed, no bankruptcy, $10,000 or less: apply online, with an estimate': [
    ...UNDER_LIMIT,
    [pick('No', 2), /estimate of the monthly payment\?/],
    [pick('Yes', 1), /How much tax do you owe/],
    ['1200', /penalty and interest/],
    ['120', /how many months/],
    ['13', /from 2 to 12/],
    ['3', /first payment/],
    ['January 5, 2027', [/Payment plan estimate: \$[\d,]+\.\d\d a month/, /What to do next: apply online/, /Estimate: about \$[\d,]+\.\d\d a month for 3 months/, OFFERS_PERSON]],
  ],
  'over $10,000: a written request to the Collections Unit, no estimate': [
    ...UNDER_LIMIT,
    [pick('Yes', 1), /estimate/],
    [pick('No', 2), [/What to do next: ask the Collections Unit in writing/, /pay stubs, recent bank statements and proof of your monthly expenses/, /^(?![\s\S]*Estimate: about)/, OFFERS_PERSON]],
  ],
  'not sure of the total: ask DRS': [
    ...UNDER_LIMIT,
    [pick('Not sure', 3), /estimate/],
    [pick('No', 2), [/What to do next: ask DRS which plan fits/, /860-297-5962/, OFFERS_PERSON]],
  ],
  'returns not filed: file them first': [
    ...OPEN,
    [pick('No', 2), [/What to do next: file your missing returns/, /only when all returns are filed/, OFFERS_PERSON]],
  ],
  'in bankruptcy: the Bankruptcy Unit, no plan': [
    ...OPEN,
    [pick('Yes', 1), /bankruptcy/],
    [pick('Yes', 1), [/What to do next: contact the Bankruptcy Unit/, /860-297-5921/, /not available during an active bankruptcy/, OFFERS_PERSON]],
  ],
  'not sure all returns are filed: goes on, says where to look': [
    ...OPEN,
    [pick('Not sure', 3), [/myconneCT/, /active bankruptcy case\?/]],
  ],
  'started from the installment plan answer': [
    ['Can I set up a payment plan with DRS?', [/2 to 12 months/, /Can I get a plan\?/]],
    ['Can I get a plan?', FILED],
  ],
};

describe.each(CHANNELS)('payment plan check on %s', (channelId) => {
  it.each(Object.entries(paths))('%s', async (_name, rows) => {
    await playConversation(db, channelId, rows);
  });
});
