import type { InsightsDay, InsightsFigures, UnansweredQuestion } from '../console/contract/insights.js';
import type { InsightsSource, InstantRange } from '../insights/ports.js';
import { noFigures } from '../insights/report.js';
import type { Database } from './database.js';

/** Groups by Connecticut day, or everything in one group for the totals. */
type Bucket = (column: string) => string;
const BY_DAY: Bucket = (column) => `to_char(${column} at time zone 'America/New_York', 'YYYY-MM-DD')`;
const WHOLE: Bucket = () => `'all'`;

const minutes = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const share = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const inRange = (column: string) => `${column} >= $1 and ${column} < $2`;

interface ConversationRow { bucket: string; conversations: number; resolved: number }
interface QueuedRow { bucket: string; queued: number }
interface ClaimedRow { bucket: string; claimed: number; wait_median: number | null; wait_p90: number | null }
interface EndedRow { bucket: string; closed: number; failed: number; handling_median: number | null }
interface SurveyRow { bucket: string; count: number; average: number | null; saved_share: number | null }
interface NotHelpfulRow { bucket: string; not_helpful: number }

/** The supervisor's figures, read from the cases, the conversation log, the survey and the knowledge log. */
export class SqlInsights implements InsightsSource {
  constructor(private readonly db: Database) {}

  async byDay(range: InstantRange): Promise<InsightsDay[]> {
    const figures = await this.figures(range, BY_DAY);
    return [...figures].sort(([a], [b]) => a.localeCompare(b)).map(([day, found]) => ({ day, ...found }));
  }

  async totals(range: InstantRange): Promise<InsightsFigures> {
    return (await this.figures(range, WHOLE)).get('all') ?? noFigures();
  }

  async unanswered(range: InstantRange, limit: number): Promise<UnansweredQuestion[]> {
    const { rows } = await this.db.query<{ question: string; count: number; last_asked: Date }>(
      `select (array_agg(question order by created_at desc))[1] as question, count(*)::int as count, max(created_at) as last_asked
       from kb_gaps where ${inRange('created_at')}
       group by normalized order by count(*) desc, max(created_at) desc limit $3`,
      [range.from, range.to, limit],
    );
    return rows.map((row) => ({ question: row.question, count: row.count, lastAsked: new Date(row.last_asked).toISOString() }));
  }

  private async figures(range: InstantRange, bucket: Bucket): Promise<Map<string, InsightsFigures>> {
    const params = [range.from, range.to];
    const query = <Row>(sql: string) => this.db.query<Row>(sql, params).then((result) => result.rows);
    const [conversations, queued, claimed, ended, surveys, notHelpful] = await Promise.all([
      query<ConversationRow>(
        `select ${bucket('first_in')} as bucket, count(*)::int as conversations,
                count(*) filter (where not exists (select 1 from handoff_cases c where c.conversation_id = l.conversation_id))::int as resolved
         from (select conversation_id, min(created_at) as first_in from conversation_log where direction = 'in' and ${inRange('created_at')} group by conversation_id) l
         group by 1`,
      ),
      query<QueuedRow>(`select ${bucket('created_at')} as bucket, count(*)::int as queued from handoff_cases where ${inRange('created_at')} group by 1`),
      query<ClaimedRow>(
        `select ${bucket('claimed_at')} as bucket, count(*)::int as claimed,
                percentile_cont(0.5) within group (order by extract(epoch from claimed_at - created_at) / 60) as wait_median,
                percentile_cont(0.9) within group (order by extract(epoch from claimed_at - created_at) / 60) as wait_p90
         from handoff_cases where ${inRange('claimed_at')} group by 1`,
      ),
      query<EndedRow>(
        `select ${bucket('closed_at')} as bucket, count(*) filter (where status = 'closed')::int as closed, count(*) filter (where status = 'failed')::int as failed,
                percentile_cont(0.5) within group (order by extract(epoch from closed_at - claimed_at) / 60) filter (where status = 'closed' and claimed_at is not null) as handling_median
         from handoff_cases where ${inRange('closed_at')} and status in ('closed', 'failed') group by 1`,
      ),
      query<SurveyRow>(
        `select ${bucket('created_at')} as bucket, count(*)::int as count, avg(rating)::float8 as average,
                avg(case when saved_call then 1.0 else 0.0 end) filter (where saved_call is not null)::float8 as saved_share
         from satisfaction where ${inRange('created_at')} group by 1`,
      ),
      query<NotHelpfulRow>(`select ${bucket('created_at')} as bucket, count(*)::int as not_helpful from kb_feedback where not helpful and ${inRange('created_at')} group by 1`),
    ]);
    const figures = new Map<string, InsightsFigures>();
    const at = (key: string): InsightsFigures => {
      const found = figures.get(key) ?? noFigures();
      figures.set(key, found);
      return found;
    };
    for (const row of conversations) Object.assign(at(row.bucket), { conversations: row.conversations, resolvedWithoutPerson: row.resolved });
    for (const row of queued) at(row.bucket).handoffs.queued = row.queued;
    for (const row of claimed) {
      const day = at(row.bucket);
      day.handoffs.claimed = row.claimed;
      day.waitToClaimMinutes = { median: minutes(row.wait_median), p90: minutes(row.wait_p90) };
    }
    for (const row of ended) {
      const day = at(row.bucket);
      day.handoffs.closed = row.closed;
      day.handoffs.failed = row.failed;
      day.handlingMinutes = { median: minutes(row.handling_median) };
    }
    for (const row of surveys) at(row.bucket).satisfaction = { count: row.count, averageRating: row.average === null ? null : Math.round(row.average * 100) / 100, savedCallShare: share(row.saved_share) };
    for (const row of notHelpful) at(row.bucket).notHelpful = row.not_helpful;
    return figures;
  }
}
