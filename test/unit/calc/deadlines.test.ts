import { describe, expect, it } from 'vitest';
import { CalcError, noticeDeadline, refundClaimDeadline } from '../../../src/calc/index.js';
import type { NoticeKind } from '../../../src/calc/index.js';

describe('noticeDeadline', () => {
  it.each([
    ['intent_to_offset', '2025-03-03', 60, '2025-05-02', '2025-05-02', '2025-05-02'],
    ['assessment', '2025-03-03', 60, '2025-05-02', '2025-05-02', '2025-05-02'],
    ['intent_to_offset', '2026-05-05', 60, '2026-07-04', '2026-07-06', '2026-07-02'],
    ['assessment', '2027-11-01', 60, '2027-12-31', '2028-01-03', '2027-12-30'],
    ['r859', '2025-04-08', 10, '2025-04-18', '2025-04-21', '2025-04-17'],
    ['r859', '2025-06-01', 10, '2025-06-11', '2025-06-11', '2025-06-11'],
    ['assessment', '2024-12-27', 60, '2025-02-25', '2025-02-25', '2025-02-25'],
  ] as const)('%s dated %s: %d days → last day %s, timely until %s, act by %s', (kind, noticeDate, days, lastDay, timelyUntil, actBy) => {
    const result = noticeDeadline({ kind: kind, noticeDate });
    expect(result).toMatchObject({ days, lastDay, timelyUntil, actBy, rolled: lastDay !== timelyUntil });
  });

  it('says what must happen, where, and on what authority', () => {
    expect(noticeDeadline({ kind: 'intent_to_offset', noticeDate: '2025-03-03' })).toMatchObject({
      action: expect.stringMatching(/pay the debt in full, or request a review[\s\S]*SIS Unit, 450 Columbus Blvd\., Hartford CT 06103/i),
      timelyRule: { citation: 'CGS §12-39a' },
    });
    expect(noticeDeadline({ kind: 'assessment', noticeDate: '2025-03-03' }).action).toMatch(/Appellate Division/);
    expect(noticeDeadline({ kind: 'r859', noticeDate: '2025-03-03' }).caveat).toMatch(/according to the notice/);
  });

  it('refuses an unknown notice kind or an impossible date', () => {
    expect(() => noticeDeadline({ kind: 'summons' as NoticeKind, noticeDate: '2025-03-03' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_NOTICE_KIND' }));
    expect(() => noticeDeadline({ kind: 'r859', noticeDate: '2025-13-01' })).toThrow(CalcError);
  });
});

describe('refundClaimDeadline', () => {
  it.each([
    ['2024-04-15', '2027-04-15', '2027-04-15'],
    ['2022-04-18', '2025-04-18', '2025-04-21'],
    ['2024-02-29', '2027-02-28', '2027-03-01'],
    ['2024-10-15', '2027-10-15', '2027-10-15'],
  ])('due %s → claim by %s (timely until %s)', (dueDate, lastDay, timelyUntil) => {
    const result = refundClaimDeadline({ dueDate, claimDate: '2025-01-10' });
    expect(result.lastDay).toBe(lastDay);
    expect(result.timelyUntil).toBe(timelyUntil);
    expect(result.citation).toBe('CGS §12-732(a)(1)');
    expect(result.late).toBe(false);
  });

  it.each([
    ['2025-04-21', false],
    ['2025-04-22', true],
    ['2026-12-07', true],
  ])('a claim made %s is late: %s (window closes Friday April 18, 2025, timely until Monday the 21st)', (claimDate, late) => {
    expect(refundClaimDeadline({ dueDate: '2022-04-18', claimDate }).late).toBe(late);
  });
});
