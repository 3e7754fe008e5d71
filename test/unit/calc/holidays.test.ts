import { describe, expect, it } from 'vitest';
import { CalcError, ctLegalHolidays, isBusinessDay } from '../../../src/calc/index.js';

/** Computed independently (calendar arithmetic and published Easter dates), 2024–2030. */
const expectedHolidays: Record<number, string[]> = {
  2024: ['2024-01-01', '2024-01-15', '2024-02-12', '2024-02-19', '2024-03-29', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-20', '2025-02-12', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-19', '2026-02-12', '2026-02-16', '2026-04-03', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
  2027: ['2027-01-01', '2027-01-18', '2027-02-12', '2027-02-15', '2027-03-26', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24', '2027-12-31'],
  2028: ['2028-01-17', '2028-02-11', '2028-02-21', '2028-04-14', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25'],
  2029: ['2029-01-01', '2029-01-15', '2029-02-12', '2029-02-19', '2029-03-30', '2029-05-28', '2029-06-19', '2029-07-04', '2029-09-03', '2029-10-08', '2029-11-12', '2029-11-22', '2029-12-25'],
  2030: ['2030-01-01', '2030-01-21', '2030-02-12', '2030-02-18', '2030-04-19', '2030-05-27', '2030-06-19', '2030-07-04', '2030-09-02', '2030-10-14', '2030-11-11', '2030-11-28', '2030-12-25'],
};

describe('ctLegalHolidays', () => {
  it.each(Object.entries(expectedHolidays))('lists the observed dates of %s', (year, dates) => {
    expect(ctLegalHolidays(Number(year)).map((holiday) => holiday.date)).toEqual(dates);
  });

  it.each([
    ['2026-07-03', 'Independence Day (observed)', 'July 4, 2026 is a Saturday: the Friday before'],
    ['2027-12-31', "New Year's Day (observed)", 'January 1, 2028 is a Saturday: December 31 of the year before'],
    ['2027-07-05', 'Independence Day (observed)', 'July 4, 2027 is a Sunday: the Monday after'],
    ['2029-11-12', "Veterans' Day (observed)", 'November 11, 2029 is a Sunday'],
    ['2028-02-11', 'Lincoln Day (observed)', 'February 12, 2028 is a Saturday'],
    ['2026-04-03', 'Good Friday', 'two days before Easter (April 5, 2026)'],
    ['2025-01-20', 'Martin Luther King Jr. Day', 'first Monday on or after January 15'],
    ['2025-05-26', 'Memorial Day', 'last Monday of May'],
    ['2025-11-27', 'Thanksgiving Day', 'fourth Thursday of November'],
  ])('%s is %s (%s)', (date, name) => {
    const year = Number(date.slice(0, 4));
    expect(ctLegalHolidays(year)).toContainEqual({ date, name });
  });

  it('does not list a New Year\'s Day that was observed the year before', () => {
    expect(ctLegalHolidays(2028).some((holiday) => holiday.name.startsWith("New Year's"))).toBe(false);
  });

  it('refuses years it does not cover', () => {
    expect(() => ctLegalHolidays(1800)).toThrow(CalcError);
    expect(() => ctLegalHolidays(2025.5)).toThrow(/whole number/);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2026-07-03', false],
    ['2026-07-04', false],
    ['2026-07-05', false],
    ['2026-07-06', true],
    ['2027-12-31', false],
    ['2028-01-03', true],
    ['2025-04-18', false],
    ['2025-04-17', true],
  ])('%s → %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('refuses impossible dates', () => {
    expect(() => isBusinessDay('2025-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
