import type { Server } from 'restify';
import { z } from 'zod';
import { parseInput } from '../http/errors.js';
import { insightsCsv } from '../insights/insightsCsv.js';
import type { InsightsSource } from '../insights/ports.js';
import { insightsReport } from '../insights/report.js';
import type { Clock } from '../lib/clock.js';
import type { ConsoleAuth } from './consoleAuth.js';
import { consoleSession, noStore, requireSupervisor } from './consoleRoutes.js';
import { INSIGHTS_DEFAULT_DAYS, INSIGHTS_MAX_DAYS } from './contract/insights.js';
import type { InsightsResponse } from './contract/insights.js';

export interface InsightsRouteDeps {
  auth: ConsoleAuth;
  insights: InsightsSource;
  clock: Clock;
}

const periodSchema = z.object({
  days: z.coerce.number().int().min(1).max(INSIGHTS_MAX_DAYS).default(INSIGHTS_DEFAULT_DAYS),
});

/** `GET /api/console/insights?days=N` (JSON) and `/api/console/insights.csv?days=N` (by day): supervisors only. */
export function registerInsightsRoutes(server: Server, { auth, insights, clock }: InsightsRouteDeps): void {
  const session = consoleSession(auth);
  const report = async (query: unknown): Promise<InsightsResponse> => {
    const { days } = parseInput(periodSchema, query ?? {}, 'insights period');
    return insightsReport(insights, days, clock());
  };

  server.get('/api/console/insights', noStore(async (req, res) => {
    requireSupervisor(await session(req));
    res.send(200, await report(req.query));
  }));

  server.get('/api/console/insights.csv', noStore(async (req, res) => {
    requireSupervisor(await session(req));
    const found = await report(req.query);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="assistant-insights-${found.from}-to-${found.to}.csv"`,
    });
    res.end(insightsCsv(found.byDay));
  }));
}
