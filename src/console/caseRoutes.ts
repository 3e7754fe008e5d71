import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { CaseEvents, CaseMessage, CaseStore } from '../handoff/ports.js';
import type { CaseStatus, HandoffCase } from '../handoff/caseSummary.js';
import { HttpError, parseInput, sendError } from '../http/errors.js';
import type { ConsoleAuth } from './consoleAuth.js';
import { consoleSession, noStore, requireSupervisor } from './consoleRoutes.js';
import type { CaseDetail, CaseItem, CaseMessageView } from './contract/caseViews.js';
import { QUEUE_FILTERS } from './contract/consoleApi.js';
import type { CaseChangeResponse, CaseListResponse, CaseResponse, MessageResponse, NoteResponse, QueueFilter } from './contract/consoleApi.js';
import type { ConsoleEvent } from './contract/consoleEvents.js';
import { CASE_LANGUAGES } from './contract/languages.js';
import { DeskError } from './representativeDesk.js';
import type { DeskProblem, RepresentativeDesk } from './representativeDesk.js';

/** The queue's tabs: active is a representative's case; closed includes hand-offs a hub reported failed. */
const STATUS_TABS: Record<QueueFilter, readonly CaseStatus[]> = { queued: ['queued'], active: ['active'], closed: ['closed', 'failed'] };
const caseFilterSchema = z.object({ status: z.enum(QUEUE_FILTERS).optional(), language: z.enum(CASE_LANGUAGES).optional() });
const caseIdSchema = z.guid('must be a case id');
const textSchema = (what: string, max: number) => z.object({ text: z.string().trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`) });
const messageSchema = textSchema('The message', 2000);
const noteSchema = textSchema('The note', 4000);
const closeSchema = z.object({ resolution: z.string().trim().min(1, 'Say how the case was resolved').max(1000, 'The resolution is longer than 1000 characters') });

const reassignSchema = z.object({ to: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a console account name').nullable() });

const DESK_STATUS: Record<DeskProblem, 'NotFound' | 'Conflict' | 'Forbidden' | 'BadArgument'> = {
  notFound: 'NotFound',
  taken: 'Conflict',
  notActive: 'Conflict',
  notYours: 'Forbidden',
  noSuchAccount: 'BadArgument',
};

export interface CaseRouteDeps {
  auth: ConsoleAuth;
  cases: CaseStore;
  desk: RepresentativeDesk;
  events: CaseEvents;
  /** Refuses cross-site requests (state-changing routes only). */
  sameOrigin: (req: Request) => void;
  /** Streams open now, ended when the server stops. */
  streams: Set<Response>;
  now?: () => Date;
}

const pathId = (req: Request): string => parseInput(caseIdSchema, (req.params as Record<string, unknown> | undefined)?.id, 'case id');

/** The case as representatives see it: without its Bot Framework reference, with waiting time. */
function caseItem(handoffCase: HandoffCase, now: Date, queuePosition = 0): CaseItem {
  const { conversationRef: _reference, transcript: _transcript, conversationId: _conversation, ...fields } = handoffCase;
  const open = handoffCase.status === 'queued' || handoffCase.status === 'active';
  return {
    ...fields,
    waitingSeconds: open ? Math.max(0, Math.round((now.getTime() - Date.parse(handoffCase.createdAt)) / 1000)) : null,
    ...(queuePosition > 0 ? { queuePosition } : {}),
  };
}

const messageView = ({ at, ...message }: CaseMessage): CaseMessageView => ({ ...message, createdAt: at });

async function deskCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DeskError) throw new HttpError(DESK_STATUS[error.problem], error.message);
    throw error;
  }
}

/** The representatives' case API under `/api/console/cases` and the live event stream. */
export function registerCaseRoutes(server: Server, deps: CaseRouteDeps): void {
  const { cases, desk } = deps;
  const session = consoleSession(deps.auth);
  const now = deps.now ?? (() => new Date());
  /** A signed-in representative changing something, from the console's own origin. */
  const acting = async (req: Request) => {
    deps.sameOrigin(req);
    return (await session(req)).username;
  };

  server.get('/api/console/cases', noStore(async (req, res) => {
    await session(req);
    const { status, language } = parseInput(caseFilterSchema, req.query ?? {}, 'case filter');
    const found = await cases.list(status ? { statuses: STATUS_TABS[status] } : {});
    const at = now();
    // Oldest first, so a queued case's position is its place among the queued ones, of every language:
    // the language filter applies after the count.
    let queued = 0;
    const items = found.map((handoffCase) => caseItem(handoffCase, at, handoffCase.status === 'queued' ? ++queued : 0));
    res.send(200, { cases: language ? items.filter((item) => item.language === language) : items } satisfies CaseListResponse);
  }));

  server.get('/api/console/cases/:id', noStore(async (req, res) => {
    const { username } = await session(req);
    const { handoffCase, messages, notes, history } = await deskCall(() => desk.view(pathId(req), username));
    const queuePosition = handoffCase.status === 'queued' ? await cases.queuePosition(handoffCase.id) : 0;
    const detail: CaseDetail = { ...caseItem(handoffCase, now(), queuePosition), transcript: handoffCase.transcript };
    res.send(200, { case: detail, messages: messages.map(messageView), notes, history } satisfies CaseResponse);
  }));

  server.post('/api/console/cases/:id/claim', noStore(async (req, res) => {
    const username = await acting(req);
    res.send(200, { case: caseItem(await deskCall(() => desk.claim(pathId(req), username)), now()) } satisfies CaseChangeResponse);
  }));

  server.post('/api/console/cases/:id/messages', noStore(async (req, res) => {
    const username = await acting(req);
    const { text } = parseInput(messageSchema, req.body ?? {}, 'message');
    res.send(201, { message: messageView(await deskCall(() => desk.message(pathId(req), username, text))) } satisfies MessageResponse);
  }));

  server.post('/api/console/cases/:id/notes', noStore(async (req, res) => {
    const username = await acting(req);
    const { text } = parseInput(noteSchema, req.body ?? {}, 'note');
    res.send(201, { note: await deskCall(() => desk.note(pathId(req), username, text)) } satisfies NoteResponse);
  }));

  server.post('/api/console/cases/:id/release', noStore(async (req, res) => {
    const username = await acting(req);
    res.send(200, { case: caseItem(await deskCall(() => desk.release(pathId(req), username)), now()) } satisfies CaseChangeResponse);
  }));

  server.post('/api/console/cases/:id/reassign', noStore(async (req, res) => {
    deps.sameOrigin(req);
    const { username } = requireSupervisor(await session(req));
    const { to } = parseInput(reassignSchema, req.body ?? {}, 'reassign');
    const accountExists = async (name: string) => (await deps.auth.users()).some((user) => user.username === name);
    res.send(200, { case: caseItem(await deskCall(() => desk.reassign(pathId(req), username, to, accountExists)), now()) } satisfies CaseChangeResponse);
  }));

  server.post('/api/console/cases/:id/close', noStore(async (req, res) => {
    const username = await acting(req);
    const { resolution } = parseInput(closeSchema, req.body ?? {}, 'close');
    res.send(200, { case: caseItem(await deskCall(() => desk.close(pathId(req), username, resolution)), now()) } satisfies CaseChangeResponse);
  }));

  server.get('/api/console/events', async (req: Request, res: Response) => {
    try {
      await session(req);
    } catch (error) {
      res.header('Cache-Control', 'no-store');
      sendError(res, error);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 2000\n: connected\n\n');
    const unsubscribe = await deps.events.subscribe((event) => res.write(`data: ${JSON.stringify(event satisfies ConsoleEvent)}\n\n`));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    deps.streams.add(res);
    res.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      deps.streams.delete(res);
    });
  });
}
