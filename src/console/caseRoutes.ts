import type { Request, Server } from 'restify';
import { z } from 'zod';
import type { CaseStore } from '../handoff/caseStore.js';
import type { CaseStatus, HandoffCase } from '../handoff/caseSummary.js';
import { HttpError, parseInput } from '../http/errors.js';
import type { ConsoleAuth } from './consoleAuth.js';
import { consoleSession, noStore } from './consoleRoutes.js';

const CASE_STATUSES = ['queued', 'accepted', 'closed', 'failed'] as const satisfies readonly CaseStatus[];
const caseFilterSchema = z.object({ status: z.enum(CASE_STATUSES).optional() });

export interface CaseRouteDeps {
  auth: ConsoleAuth;
  cases: CaseStore;
}

const pathParam = (req: Request, name: string): unknown => (req.params as Record<string, unknown> | undefined)?.[name];

/** The case without its Bot Framework reference, which is for replying, not for people. */
const caseView = (handoffCase: HandoffCase, queuePosition: number) => {
  const { conversationRef: _reference, ...fields } = handoffCase;
  return { ...fields, ...(queuePosition > 0 ? { queuePosition } : {}) };
};

const listItem = ({ id, caseNumber, kind, status, channelId, createdAt, updatedAt, summary }: HandoffCase, queuePosition: number) => ({
  id, caseNumber, kind, status, channelId, createdAt, updatedAt, summary, ...(queuePosition > 0 ? { queuePosition } : {}),
});

/** The representatives' case API under `/api/console/cases`. */
export function registerCaseRoutes(server: Server, deps: CaseRouteDeps): void {
  const { cases } = deps;
  const session = consoleSession(deps.auth);

  server.get('/api/console/cases', noStore(async (req, res) => {
    await session(req);
    const filter = parseInput(caseFilterSchema, req.query ?? {}, 'case filter');
    const found = await cases.list(filter);
    // list() returns cases in queue order, so a queued case's position is its place among the queued ones.
    let queued = 0;
    res.send(200, { cases: found.map((handoffCase) => listItem(handoffCase, handoffCase.status === 'queued' ? ++queued : 0)) });
  }));

  server.get('/api/console/cases/:id', noStore(async (req, res) => {
    await session(req);
    const id = parseInput(z.string(), pathParam(req, 'id'), 'case id');
    const found = z.guid().safeParse(id).success ? await cases.get(id) : undefined;
    if (!found) throw new HttpError('NotFound', 'There is no case with that id.');
    const messages = await cases.messages(found.id);
    const queuePosition = found.status === 'queued' ? await cases.queuePosition(found.id) : 0;
    res.send(200, { case: caseView(found, queuePosition), messages });
  }));
}
