import { describe, expect, it } from 'vitest';
import { describeWait, estimateWaitMinutes } from '../../../src/handoff/queueWait.js';

const NOW = new Date('2026-11-24T15:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
const claim = (createdMinutesAgo: number, claimedMinutesAgo: number) => ({ createdAt: minutesAgo(createdMinutesAgo), claimedAt: minutesAgo(claimedMinutesAgo) });

describe('estimateWaitMinutes', () => {
  it.each([
    ['no claims to go by', 1, [], undefined],
    ['not in the queue', 0, [claim(30, 20), claim(50, 40), claim(100, 60)], undefined],
    ['too few claims to go by', 1, [claim(30, 20), claim(50, 40)], undefined],
    // Three claims in the last two hours, 20 minutes apart: one place per 20 minutes.
    ['the pace of recent claims, first in line', 1, [claim(100, 60), claim(50, 40), claim(30, 20)], 20],
    ['the pace of recent claims, third in line', 3, [claim(100, 60), claim(50, 40), claim(30, 20)], 60],
    // Fewer than three recent claims: the median time cases waited to be taken, per place.
    ['the median wait of older claims', 2, [claim(600, 590), claim(400, 385), claim(300, 288), claim(250, 200)], 27],
    // A claim dated after now (another machine's clock) leaves two recent ones: the median wait (15) per place.
    ['a claim dated after now is not a recent one', 2, [claim(100, 60), claim(50, 40), claim(10, -5)], 30],
    ['never under a minute', 1, [claim(1, 1), claim(2, 2), claim(3, 3)], 1],
  ] as const)('%s', (_what, position, claims, expected) => {
    expect(estimateWaitMinutes(position, claims, NOW)).toBe(expected);
  });
});

describe('describeWait', () => {
  it.each([
    [1, 'about 1 minute'],
    [20, 'about 20 minutes'],
    [60, 'about 1 hour'],
    [83, 'about 1 hour 25 minutes'],
    [150, 'about 2 hours 30 minutes'],
    [181, 'more than 3 hours'],
  ])('%i minutes: %s', (minutes, text) => {
    expect(describeWait(minutes)).toBe(text);
  });
});
