import type { Storage } from 'botbuilder';
import type { ProcessedActivityStore, TurnLocks } from '../bot/ports.js';
import type { DirectLineConversations } from '../channels/directline/ports.js';
import { ConsoleAuth } from '../console/consoleAuth.js';
import type { ScryptCost } from '../console/passwords.js';
import type { Database } from '../db/database.js';
import { SqlCaseEvents } from '../db/sqlCaseEvents.js';
import { SqlCaseRecords } from '../db/sqlCaseRecords.js';
import { SqlCaseStore } from '../db/sqlCaseStore.js';
import { SqlConsoleAccounts } from '../db/sqlConsoleAccounts.js';
import { SqlConversationLog } from '../db/sqlConversationLog.js';
import { SqlDirectLineConversations } from '../db/sqlDirectLineConversations.js';
import { SqlInsights } from '../db/sqlInsights.js';
import { SqlKnowledgeLog } from '../db/sqlKnowledgeLog.js';
import { SqlNotificationOutbox } from '../db/sqlNotificationOutbox.js';
import type { OutboxOptions } from '../db/sqlNotificationOutbox.js';
import { SqlProcessedActivities } from '../db/sqlProcessedActivities.js';
import { SqlSatisfaction } from '../db/sqlSatisfaction.js';
import { SqlSmsOptOuts } from '../db/sqlSmsOptOuts.js';
import { RecentRows, SqlStateStorage } from '../db/sqlStateStorage.js';
import type { CaseEvents, CaseRecords, CaseStore, ConsoleAccounts, ConversationLog, NotificationOutbox } from '../handoff/ports.js';
import type { InsightsSource } from '../insights/ports.js';
import type { KnowledgeLog } from '../kb/ports.js';
import type { SmsOptOuts } from '../privacy/ports.js';
import type { SatisfactionLog } from '../satisfaction/ports.js';

/** Conversations whose state stays in memory between turns (about 0.5 KB each), and for how long. */
const RECENT_STATE_ROWS = 5_000;
const RECENT_STATE_MS = 10 * 60 * 1000;

/**
 * The embedded database has one process writing it, so its recent state rows can be remembered:
 * one memory per database, shared by every instance composed on it.
 */
const recentStateRows = new WeakMap<Database, RecentRows>();
function recentRowsOf(db: Database): RecentRows | undefined {
  if (db.engine !== 'pglite') return undefined;
  const recent = recentStateRows.get(db) ?? new RecentRows(RECENT_STATE_ROWS, RECENT_STATE_MS);
  recentStateRows.set(db, recent);
  return recent;
}

/** After the retention purge: what was remembered of `db`'s state rows is forgotten. */
export const forgetRecentStateRows = (db: Database): void => recentStateRows.get(db)?.clear();

/** Every port the application uses, on one database. */
export interface Stores {
  cases: CaseStore;
  conversationLog: ConversationLog;
  caseRecords: CaseRecords;
  caseEvents: CaseEvents;
  knowledgeLog: KnowledgeLog;
  satisfaction: SatisfactionLog;
  /** The supervisors' figures. */
  insights: InsightsSource;
  optOuts: SmsOptOuts;
  consoleAccounts: ConsoleAccounts;
  outbox: NotificationOutbox;
  /** Conversation and user state for the bot (eTags). */
  state: Storage;
  processedActivities: ProcessedActivityStore;
  /** The conversation lock held for a whole turn. */
  turnLocks: TurnLocks;
  directLine: DirectLineConversations;
}

/** The SQL adapters (PGlite or Postgres, one interface). */
export function sqlStores(db: Database, outbox: OutboxOptions = {}): Stores {
  return {
    cases: new SqlCaseStore(db),
    conversationLog: new SqlConversationLog(db),
    caseRecords: new SqlCaseRecords(db),
    caseEvents: new SqlCaseEvents(db),
    knowledgeLog: new SqlKnowledgeLog(db),
    satisfaction: new SqlSatisfaction(db),
    insights: new SqlInsights(db),
    optOuts: new SqlSmsOptOuts(db),
    consoleAccounts: new SqlConsoleAccounts(db),
    outbox: new SqlNotificationOutbox(db, outbox),
    state: new SqlStateStorage(db, recentRowsOf(db)),
    processedActivities: new SqlProcessedActivities(db),
    turnLocks: db,
    directLine: new SqlDirectLineConversations(db),
  };
}

/** The console's sign-in over the accounts in `db`. */
export const consoleAuthFor = (db: Database, scryptCost?: ScryptCost) => new ConsoleAuth(new SqlConsoleAccounts(db), scryptCost);
