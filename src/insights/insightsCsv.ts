import type { InsightsDay } from '../console/contract/insights.js';

const COLUMNS: [string, (day: InsightsDay) => number | string | null][] = [
  ['day', (day) => day.day],
  ['conversations', (day) => day.conversations],
  ['resolved_without_person', (day) => day.resolvedWithoutPerson],
  ['handoffs_queued', (day) => day.handoffs.queued],
  ['handoffs_claimed', (day) => day.handoffs.claimed],
  ['handoffs_closed', (day) => day.handoffs.closed],
  ['handoffs_failed', (day) => day.handoffs.failed],
  ['wait_to_claim_median_minutes', (day) => day.waitToClaimMinutes.median],
  ['wait_to_claim_p90_minutes', (day) => day.waitToClaimMinutes.p90],
  ['handling_median_minutes', (day) => day.handlingMinutes.median],
  ['survey_answers', (day) => day.satisfaction.count],
  ['average_rating', (day) => day.satisfaction.averageRating],
  ['saved_a_call_share', (day) => day.satisfaction.savedCallShare],
  ['answers_not_helpful', (day) => day.notHelpful],
];

/** The figures by day as CSV (RFC 4180, CRLF): one header row, one row a day, empty cells where nothing was measured. */
export function insightsCsv(byDay: readonly InsightsDay[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...byDay.map((day) => COLUMNS.map(([, value]) => String(value(day) ?? '')))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
