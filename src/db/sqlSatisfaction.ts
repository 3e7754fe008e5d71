import type { SatisfactionLog, SurveyAnswers } from '../satisfaction/ports.js';
import type { Database } from './database.js';

/** Survey answers in `satisfaction`, one row per survey, updated as the second answer comes. */
export class SqlSatisfaction implements SatisfactionLog {
  constructor(private readonly db: Database) {}

  async save(surveyId: string, { subject, channelId, rating, savedCall }: SurveyAnswers): Promise<void> {
    await this.db.query(
      `insert into satisfaction (id, subject, case_id, entry_id, channel_id, rating, saved_call) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (id) do update set rating = excluded.rating, saved_call = excluded.saved_call`,
      [surveyId, subject.kind, subject.kind === 'case' ? subject.caseId : null, subject.kind === 'answer' ? (subject.entryId ?? null) : null, channelId, rating, savedCall ?? null],
    );
  }
}
