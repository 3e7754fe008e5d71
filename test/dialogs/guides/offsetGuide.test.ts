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


const SITUATIONS = /What best describes your situation\?[\s\S]*Intent to Offset[\s\S]*Spouse's debt[\s\S]*Bankruptcy[\s\S]*Already paid[\s\S]*Garnishment too[\s\S]*When will it post\?/;
const START: Row = [pick('Offset step by step', 1), SITUATIONS];
const OPEN: Row[] = [['hi', /What can I help you with/], [pick('Refund offsets', 2), /Offset step by step/], START];

const paths: Record<string, Row[]> = {
  'Notice of Intent to Offset, pays in full within the 60 days': [
    ...OPEN,
    [pick('Intent to Offset', 1), [/60 days from the date of the certified Notice of Intent to Offset/, /date printed on your Notice of Intent to Offset/]],
    ['October 1, 2026', [/Last day: Monday, November 30, 2026/, /pay the debt in full, or request a review[\s\S]*Pay in full[\s\S]*Request a review/]],
    [pick('Pay in full', 1), [/What to do next: pay in full/, /If you pay online, you do not need to mail the coupon\. By Monday, November 30, 2026\./, /Source: DRS: Refund offset and Treasury Offset Program/, OFFERS_PERSON]],
  ],
  'Notice of Intent to Offset, asks for a review at the SIS Unit': [
    ...OPEN,
    [pick('Intent to Offset', 1), /date printed/],
    ['September 4, 2026', [/Last day: Tuesday, November 3, 2026/, /Request a review/]],
    [pick('Request a review', 2), [/send evidence/, /What to do next: request a review/, /SIS Unit, 450 Columbus Blvd\., Hartford CT 06103/, /By Tuesday, November 3, 2026\./, OFFERS_PERSON]],
  ],
  "joint return and a spouse's debt: IRS Form 8379": [
    ...OPEN,
    [pick("Spouse's debt", 2), [/IRS Form 8379/, /What to do next: claim your share with IRS Form 8379/, /1-800-829-3676/, /1-800-829-1040/, OFFERS_PERSON]],
  ],
  'bankruptcy: the Bankruptcy Unit and the automatic stay': [
    ...OPEN,
    [pick('Bankruptcy', 3), [/What to do next: tell the Bankruptcy Unit/, /860-297-5921 \(8:30 a\.m\.[–-]4:30 p\.m\.\)/, /case number and the court/, /automatic stay/, OFFERS_PERSON]],
  ],
  'already paid: how the overpayment comes back': [
    ...OPEN,
    [pick('Already paid', 4), [/What to do next: confirm your balance/, /refunds any overpayment once the offset posts/, /both names/, /at least four weeks/, OFFERS_PERSON]],
  ],
  'garnishment while the offset paid the debt: the FMS letter': [
    ...OPEN,
    [pick('Garnishment too', 5), [/What to do next: send DRS the FMS letter/, /Collections Unit [–-] Warrants/, /fax it to the Wage Unit at 860-297-5843/, OFFERS_PERSON]],
  ],
  'how long the offset takes to post': [
    ...OPEN,
    [pick('When will it post?', 6), [/What to do next: allow time to post/, /Allow at least four weeks for an offset to post/, OFFERS_PERSON]],
  ],
  'started from a knowledge answer': [
    ['Why was my refund offset?', [/Why DRS took \(offset\) my refund/, /Offset step by step/]],
    ['Offset step by step', SITUATIONS],
  ],
};

describe.each(CHANNELS)('refund offset guide on %s', (channelId) => {
  it.each(Object.entries(paths))('%s', async (_name, rows) => {
    await playConversation(db, channelId, rows);
  });
});
