import type { InsightsDay, InsightsFigures, InsightsResponse } from '../console/contract/insights.js';
import { insightsPeriod } from './period.js';
import type { InsightsSource } from './ports.js';

const UNANSWERED_SHOWN = 10;

/** Figures for a day with nothing in it. */
export const noFigures = (): InsightsFigures => ({
  conversations: 0,
  resolvedWithoutPerson: 0,
  handoffs: { queued: 0, claimed: 0, closed: 0, failed: 0 },
  waitToClaimMinutes: { median: null, p90: null },
  handlingMinutes: { median: null },
  satisfaction: { count: 0, averageRating: null, savedCallShare: null },
  notHelpful: 0,
});

/** The supervisor's report for the last `days` Connecticut days: every day listed, quiet ones at zero. */
export async function insightsReport(source: InsightsSource, days: number, now: Date): Promise<InsightsResponse> {
  const period = insightsPeriod(days, now);
  const [found, totals, unanswered] = await Promise.all([source.byDay(period.range), source.totals(period.range), source.unanswered(period.range, UNANSWERED_SHOWN)]);
  const byDate = new Map(found.map((entry) => [entry.day, entry]));
  const byDay: InsightsDay[] = period.days.map((day) => byDate.get(day) ?? { day, ...noFigures() });
  return { days, from: period.days[0] ?? '', to: period.days.at(-1) ?? '', totals, byDay, unanswered };
}
