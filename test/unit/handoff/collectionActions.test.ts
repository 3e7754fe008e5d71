import { describe, expect, it } from 'vitest';
import { actionsIn, answeredOnCard, readActionsAnswer, readCollectionActions } from '../../../dialogs/collectionActions.js';
import type { CollectionAction } from '../../../src/handoff/caseSummary.js';

type Read = CollectionAction[] | 'none' | undefined;

/** Each action with its button title and its number, as the screening offers them. */
const BUTTONS: [title: string, number: string, action: CollectionAction][] = [
  ['Payment plan', '1', 'paymentPlan'],
  ['Bank warrant or levy', '2', 'bankLevy'],
  ['Wage execution or garnishment', '3', 'wageGarnishment'],
  ['Tax lien', '4', 'lien'],
  ['Offer of compromise', '5', 'offerInCompromise'],
  ['Other collection action', '6', 'other'],
];

/** What a taxpayer types in their own words, at least two for each action. */
const PLAIN_WORDS: [said: string, action: CollectionAction][] = [
  ["I'm on an installment agreement", 'paymentPlan'],
  ['I have a payment plan with DRS', 'paymentPlan'],
  ['I am paying monthly', 'paymentPlan'],
  ["I'm on a payment agreement", 'paymentPlan'],
  ['we set up a payment arrangement', 'paymentPlan'],
  ['DRS levied my bank account', 'bankLevy'],
  ['there is a bank levy', 'bankLevy'],
  ['my bank account was frozen', 'bankLevy'],
  ['they froze my bank account', 'bankLevy'],
  ['they took money from my bank account', 'bankLevy'],
  ['they sent a bank warrant', 'bankLevy'],
  ['my wages are garnished', 'wageGarnishment'],
  ["they're garnishing my paycheck", 'wageGarnishment'],
  ['my wages are being taken', 'wageGarnishment'],
  ['DRS is taking my wages', 'wageGarnishment'],
  ['there is a wage execution on my pay', 'wageGarnishment'],
  ['they put a lien on my house', 'lien'],
  ['there is a lien on my property', 'lien'],
  ['DRS filed liens on my home', 'lien'],
  ['I submitted an offer in compromise', 'offerInCompromise'],
  ['I sent an offer-in-compromise', 'offerInCompromise'],
  ['I have an OIC pending', 'offerInCompromise'],
  ['I made a settlement offer', 'offerInCompromise'],
  ['something else', 'other'],
  ['another collection action', 'other'],
  ['other', 'other'],
];

describe('readCollectionActions', () => {
  it.each(BUTTONS)('reads the button "%s" exactly, in capitals and in lower case', (title, _number, action) => {
    for (const said of [title, title.toUpperCase(), title.toLowerCase()]) expect(readCollectionActions(said), said).toEqual([action]);
  });

  it.each(BUTTONS)('reads the number of "%s" (%s)', (_title, number, action) => {
    expect(readCollectionActions(number)).toEqual([action]);
  });

  it.each(PLAIN_WORDS)('reads "%s" as %s', (said, action) => {
    expect(readCollectionActions(said)).toEqual([action]);
  });

  it.each<[string, Read]>([
    ['1 and 3', ['paymentPlan', 'wageGarnishment']],
    ['2,4', ['bankLevy', 'lien']],
    ['2, 4', ['bankLevy', 'lien']],
    ['1 & 3', ['paymentPlan', 'wageGarnishment']],
    ['1 3 5', ['paymentPlan', 'wageGarnishment', 'offerInCompromise']],
    // Numbers and words come back in the list's order, whatever the order said.
    ['3 and 1', ['paymentPlan', 'wageGarnishment']],
    ['1 or 3.', ['paymentPlan', 'wageGarnishment']],
    ['2 and 4!', ['bankLevy', 'lien']],
    ['wage garnishment and payment plan', ['paymentPlan', 'wageGarnishment']],
    ['they put a lien on my house and my wages are garnished', ['wageGarnishment', 'lien']],
    ['Tax lien, Payment plan', ['paymentPlan', 'lien']],
    // A number past the list is ignored when another one counts.
    ['7 and 1', ['paymentPlan']],
  ])('reads every action in "%s"', (said, expected) => {
    expect(readCollectionActions(said)).toEqual(expected);
  });

  it.each(['None of these', 'NONE OF THESE', '  none of these  ', 'none', '7', ' 7 ', 'nothing', 'nothing like that', 'neither', 'none of the above', 'no collection action', 'not under any collection action'])(
    'reads "%s" as none',
    (said) => {
      expect(readCollectionActions(said)).toBe('none');
    },
  );

  it.each(['banana', '', '   ', '0', '8', '13'])('does not recognise "%s"', (said) => {
    expect(readCollectionActions(said)).toBeUndefined();
  });
});

describe('actionsIn', () => {
  it.each<[string, CollectionAction[]]>([
    ['my wages are garnished and there is a lien', ['wageGarnishment', 'lien']],
    ['DRS levied my bank account, can I talk to a person?', ['bankLevy']],
    ['1 and 3', []],
    ['I lost my job and have other questions about my lien', ['lien']],
    ['none of these', []],
    ['7', []],
    ['banana', []],
    ['', []],
  ])('finds the actions "%s" names', (said, expected) => {
    expect(actionsIn(said)).toEqual(expected);
  });
});

describe('reading the check boxes', () => {
  it.each<[value: unknown, expected: Read]>([
    [{ collectionActions: 'bankLevy,lien' }, ['bankLevy', 'lien']],
    [{ collectionActions: 'lien, paymentPlan' }, ['paymentPlan', 'lien']],
    [{ collectionActions: 'none' }, 'none'],
    [{ collectionActions: 'none,wageGarnishment' }, ['wageGarnishment']],
    [{ collectionActions: '' }, undefined],
    [{ collectionActions: 'somethingMadeUp' }, undefined],
  ])('%j is %j', (value, expected) => {
    expect(readActionsAnswer({ value })).toEqual(expected);
    expect(answeredOnCard({ value })).toBe(true);
  });

  it('reads typed words when the card was not used, and nothing from an empty submit', () => {
    expect(readActionsAnswer({ text: '1 and 4' })).toEqual(['paymentPlan', 'lien']);
    expect(answeredOnCard({ text: '1 and 4' })).toBe(false);
    expect(readActionsAnswer({ value: {} })).toBeUndefined();
    expect(readActionsAnswer({ value: { collectionActions: 7 } })).toBeUndefined();
  });
});
