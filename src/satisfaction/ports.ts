// The satisfaction survey's port: where taxpayers' ratings go (src/db/sqlSatisfaction.ts).

/** What was rated: a hand-off case a representative closed, or the assistant's own answer. */
export type SurveySubject = { kind: 'case'; caseId: string } | { kind: 'answer'; entryId?: string };

/** A rating from 1 (poor) to 5 (very good). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** One taxpayer's answers so far; no free text is ever kept. */
export interface SurveyAnswers {
  subject: SurveySubject;
  channelId: string;
  rating: Rating;
  /** "Did this save you a call to DRS?", once answered. */
  savedCall?: boolean;
}

export interface SatisfactionLog {
  /** Stores the answers under the survey's id, replacing what that survey stored before. */
  save(surveyId: string, answers: SurveyAnswers): Promise<void>;
}
