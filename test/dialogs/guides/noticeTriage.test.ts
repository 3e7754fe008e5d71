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

const WHICH = /Which notice did you get\?[\s\S]*Balance due notice[\s\S]*R859 notice[\s\S]*Intent to Offset[\s\S]*Garnishment or levy[\s\S]*Not sure/;
const OPTIONS = /What would you like to do\?[\s\S]*Pay in full[\s\S]*Can't pay in full[\s\S]*I disagree[\s\S]*COVID-19 hardship/;
const BALANCE_DUE: Row[] = [
  ['I got a letter from DRS', WHICH],
  [pick('Balance due notice', 1), /What is the date printed on the notice\?/],
  ['November 2, 2026', [/Last day: Friday, January 1, 2027/, /Still timely until: Monday, January 4, 2027/, /Act by: Thursday, December 31, 2026/, OPTIONS]],
];
const GARNISHMENT: Row[] = [
  ['I got a letter from DRS', WHICH],
  [pick('Garnishment or levy', 4), [/collection has already started[\s\S]*act now/, /Pay in full[\s\S]*Can't pay in full[\s\S]*Can't afford basics[\s\S]*Offset paid it[\s\S]*COVID-19 hardship/]],
];

const paths: Record<string, Row[]> = {
  'balance due, agrees: how to pay, by the safe day': [
    ...BALANCE_DUE,
    [
      pick('Pay in full', 1),
      [
        /myconneCT/,
        /What to do next: pay in full/,
        /certified funds or a money order payable to the "Commissioner of Revenue Services"[\s\S]*account number and correspondence ID on it\. By Thursday, December 31, 2026\./,
        /Keep proof of payment/,
        /Source: Connecticut balance due notice guide\. The dates and amounts on your notice govern\./,
        OFFERS_PERSON,
      ],
    ],
  ],
  'balance due, cannot pay: the payment plan check with an estimate': [
    ...BALANCE_DUE,
    [pick("Can't pay in full", 2), /2 to 12 months[\s\S]*Have you filed all your Connecticut tax returns/],
    [pick('Yes', 1), /active bankruptcy/],
    [pick('No', 2), /more than \$10,000\?/],
    [pick('No', 2), /estimate of the monthly payment\?/],
    [pick('Yes', 1), /How much tax do you owe/],
    ['$4,000', /penalty and interest/],
    ['0', /how many months/],
    ['6', /first payment/],
    [
      'December 15, 2026',
      [
        /Payment plan estimate: \$690\.20 a month/,
        /What to do next: apply online/,
        /myconneCT[\s\S]*\$10,000 or less[\s\S]*By Thursday, December 31, 2026\./,
        /Estimate: about \$690\.20 a month for 6 months\. This is an estimate; the amount on your notice governs\./,
        /Interest keeps adding up at 1% a month/,
        OFFERS_PERSON,
      ],
    ],
  ],
  'balance due, disagrees: a written protest to the Appellate Division, paying under protest': [
    ...BALANCE_DUE,
    [
      pick('I disagree', 3),
      [
        /How to dispute a balance due notice/,
        /What to do next: protest in writing/,
        /written protest to the DRS Appellate Division at the address on your notice[\s\S]*within the 60 days\. By Thursday, December 31, 2026\./,
        /pay the disputed amount under protest/,
        /CGS §12-729\(b\)/,
        OFFERS_PERSON,
      ],
    ],
  ],
  'balance due, COVID-19 made collection hard: Priority One': [
    ...BALANCE_DUE,
    [pick('COVID-19 hardship', 4), [/Priority One helps individuals and businesses/, /individual or for a business\?/]],
  ],
  'R859 over Thanksgiving, disagrees: call DRS before the referral': [
    ['I got a letter from DRS', WHICH],
    [pick('R859 notice', 2), /date printed/],
    ['November 16, 2026', [/Last day: Thursday, November 26, 2026/, /Act by: Wednesday, November 25, 2026/, /according to the notice/, OPTIONS]],
    [pick('I disagree', 3), [/What to do next: tell DRS you disagree/, /860-297-5962[\s\S]*before the account is referred\. By Wednesday, November 25, 2026\./, OFFERS_PERSON]],
  ],
  'Notice of Intent to Offset, disagrees: a review by the SIS Unit': [
    ['I got a notice', WHICH],
    [pick('Intent to Offset', 3), /date printed/],
    ['October 1, 2026', [/Last day: Monday, November 30, 2026/, /Pay in full[\s\S]*Can't pay in full[\s\S]*Request a review[\s\S]*COVID-19 hardship/]],
    [pick('Request a review', 3), [/What to do next: request a review/, /SIS Unit, 450 Columbus Blvd\., Hartford CT 06103[\s\S]*By Monday, November 30, 2026\./, OFFERS_PERSON]],
  ],
  'garnishment, cannot afford basics: the hardship suspension': [
    ...GARNISHMENT,
    [pick("Can't afford basics", 3), /basic living expenses/],
    [pick('Yes', 1), [/Temporary collection suspension/, /What to do next: ask for a hardship suspension/, /bank statements, pay records/, /interest keeps adding up/, OFFERS_PERSON]],
  ],
  'garnishment after a federal offset paid the debt: send the FMS letter': [
    ...GARNISHMENT,
    [pick('Offset paid it', 4), [/What to do next: send DRS the FMS letter/, /Collections Unit [–-] Warrants, 450 Columbus Blvd\., Hartford, CT 06103/, /860-297-5843/, OFFERS_PERSON]],
  ],
  'not sure which notice: hints, then DRS': [
    ['I got a letter from DRS', WHICH],
    [pick('Not sure', 5), [/top of the letter: the notice name[\s\S]*notice date are printed there/, /certified mail/, /Which one does your letter look like\?/]],
    [pick('Not sure', 5), [/What to do next: ask DRS which notice it is/, /860-297-5962/, OFFERS_PERSON]],
  ],
};

describe.each(CHANNELS)('notice triage on %s', (channelId) => {
  it.each(Object.entries(paths))('%s', async (_name, rows) => {
    await playConversation(db, channelId, rows);
  });
});
