// The supervisors' insights page: totals, charts by day, unanswered questions, and the CSV.
import { api, ApiError } from './api.js';
import { barChart } from './charts.js';
import { byId, h } from './dom.js';
import type { InsightsFigures, InsightsResponse } from '../contract/insights.js';

const dayLabel = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const minutes = (value: number | null) => (value === null ? '–' : `${value} min`);

function surveyDetail({ count, savedCallShare }: InsightsFigures['satisfaction']): string {
  if (count === 0) return 'No survey answers';
  const answers = `${count} answer${count === 1 ? '' : 's'}`;
  return savedCallShare === null ? answers : `${answers}; ${percent(savedCallShare)} said it saved a call`;
}

function tiles(totals: InsightsFigures): HTMLElement[] {
  const { conversations, resolvedWithoutPerson, handoffs, waitToClaimMinutes, handlingMinutes, satisfaction, notHelpful } = totals;
  const entries: [string, string, string?][] = [
    ['Conversations', String(conversations)],
    ['Resolved without a person', String(resolvedWithoutPerson), conversations ? `${percent(resolvedWithoutPerson / conversations)} of conversations` : undefined],
    ['Hand-offs queued', String(handoffs.queued), `${handoffs.claimed} claimed, ${handoffs.closed} closed, ${handoffs.failed} failed`],
    ['Median wait to claim', minutes(waitToClaimMinutes.median), `90th percentile: ${minutes(waitToClaimMinutes.p90)}`],
    ['Median handling time', minutes(handlingMinutes.median)],
    ['Satisfaction', satisfaction.averageRating === null ? '–' : `${satisfaction.averageRating} of 5`, surveyDetail(satisfaction)],
    ['Answers marked “did not help”', String(notHelpful)],
  ];
  return entries.map(([term, value, detail]) => h('div', { class: 'tile' }, h('dt', {}, term), h('dd', {}, h('strong', {}, value), detail ? h('span', { class: 'hint' }, detail) : null)));
}

function render(report: InsightsResponse): void {
  const days = report.byDay.map((entry) => dayLabel(entry.day));
  byId('period-text').textContent = `${dayLabel(report.from)} to ${dayLabel(report.to)}`;
  byId('totals').replaceChildren(...tiles(report.totals));
  byId('charts').replaceChildren(
    barChart({
      id: 'chart-conversations',
      title: 'Conversations, and those resolved without a person',
      days,
      unit: '',
      series: [
        { name: 'Conversations', values: report.byDay.map((entry) => entry.conversations), className: 'series-a' },
        { name: 'Resolved without a person', values: report.byDay.map((entry) => entry.resolvedWithoutPerson), className: 'series-b' },
      ],
    }),
    barChart({
      id: 'chart-handoffs',
      title: 'Hand-offs queued and closed',
      days,
      unit: '',
      series: [
        { name: 'Queued', values: report.byDay.map((entry) => entry.handoffs.queued), className: 'series-a' },
        { name: 'Closed', values: report.byDay.map((entry) => entry.handoffs.closed), className: 'series-b' },
      ],
    }),
    barChart({
      id: 'chart-wait',
      title: 'Median wait to claim, in minutes',
      days,
      unit: 'min',
      series: [{ name: 'Median wait', values: report.byDay.map((entry) => entry.waitToClaimMinutes.median), className: 'series-a' }],
    }),
    barChart({
      id: 'chart-rating',
      title: 'Average rating (1 to 5)',
      days,
      unit: '',
      series: [{ name: 'Average rating', values: report.byDay.map((entry) => entry.satisfaction.averageRating), className: 'series-a' }],
    }),
  );
  byId('unanswered').replaceChildren(
    ...(report.unanswered.length
      ? report.unanswered.map((gap) => h('li', {}, h('span', { class: 'question' }, gap.question), h('span', { class: 'hint' }, ` asked ${gap.count} time${gap.count === 1 ? '' : 's'}`)))
      : [h('li', { class: 'hint' }, 'None in this period.')]),
  );
}

async function load(days: string): Promise<void> {
  const status = byId('page-status');
  status.textContent = 'Loading…';
  try {
    const report = await api<InsightsResponse>('GET', `/insights?days=${encodeURIComponent(days)}`);
    render(report);
    byId<HTMLAnchorElement>('csv-link').href = `/api/console/insights.csv?days=${encodeURIComponent(days)}`;
    byId('report').hidden = false;
    status.textContent = `Showing the last ${report.days} days.`;
  } catch (error) {
    byId('report').hidden = true;
    if (error instanceof ApiError && error.status === 401) status.replaceChildren('Sign in on ', h('a', { href: '/console' }, 'the console'), ' first.');
    else if (error instanceof ApiError && error.status === 403) status.textContent = 'Only supervisors can see this page.';
    else status.textContent = error instanceof Error ? error.message : String(error);
  }
}

byId('period-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void load(byId<HTMLSelectElement>('days').value);
});
void load(byId<HTMLSelectElement>('days').value);
