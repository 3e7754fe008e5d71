import { parentPort, workerData } from 'node:worker_threads';
import type { Queryable } from './database.js';
import { openPglite } from './pglite.js';
import { toWorkerError } from './pgliteWorkerProtocol.js';
import type { PgliteWorkerOptions, WorkerMessage, WorkerRequest } from './pgliteWorkerProtocol.js';

/**
 * The embedded database on a thread of its own (see pgliteWorkerDatabase.ts): opens it with the
 * options in `workerData`, then answers each request with its result or error.
 */
if (!parentPort) throw new Error('pgliteWorker runs as a worker thread');
const port = parentPort;
const post = (message: WorkerMessage) => port.postMessage(message);
const options = workerData as PgliteWorkerOptions;

/** Thrown inside a transaction the server's thread rolls back. */
const ROLLBACK = new Error('rolled back by the caller');

interface OpenTransaction {
  tx: Queryable;
  decide: (commit: boolean) => void;
  settled: Promise<void>;
}

try {
  const db = await openPglite(options.dataDir, options.template ? new Blob([options.template]) : undefined, options.firstStartTemplate);
  const transactions = new Map<number, OpenTransaction>();
  const listening = new Map<string, () => Promise<void>>();

  const begin = async (): Promise<OpenTransaction> => {
    let decide: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((resolve) => (decide = resolve));
    let opened: (tx: Queryable) => void = () => undefined;
    const ready = new Promise<Queryable>((resolve) => (opened = resolve));
    const settled = db
      .transaction(async (tx) => {
        opened(tx);
        if (!(await decided)) throw ROLLBACK;
      })
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
    const tx = await Promise.race([ready, settled.then(() => Promise.reject(new Error('the transaction ended before it began')))]);
    return { tx, decide, settled };
  };

  const handle = async (request: WorkerRequest): Promise<unknown> => {
    switch (request.op) {
      case 'query': {
        const target = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
        if (!target) throw new Error(`no open transaction ${request.tx}`);
        return target.query(request.sql, request.params);
      }
      case 'exec':
        return db.exec(request.sql);
      case 'begin':
        transactions.set(request.id, await begin());
        return request.id;
      case 'end': {
        const open = transactions.get(request.tx);
        if (!open) throw new Error(`no open transaction ${request.tx}`);
        transactions.delete(request.tx);
        open.decide(request.commit);
        return open.settled;
      }
      case 'listen':
        if (!listening.has(request.channel)) {
          listening.set(request.channel, await db.listen(request.channel, (payload) => post({ kind: 'notify', channel: request.channel, payload })));
        }
        return undefined;
      case 'unlisten': {
        const stop = listening.get(request.channel);
        listening.delete(request.channel);
        return stop?.();
      }
      case 'ping':
        return db.ping(request.timeoutMs);
      case 'close':
        return db.close();
    }
  };

  port.on('message', (request: WorkerRequest) => {
    handle(request)
      .then(
        (value) => post({ kind: 'result', id: request.id, value }),
        (error: unknown) => post({ kind: 'error', id: request.id, error: toWorkerError(error) }),
      )
      .finally(() => {
        if (request.op === 'close') port.close();
      });
  });
  post({ kind: 'ready' });
} catch (error) {
  post({ kind: 'failed', error: toWorkerError(error) });
}
