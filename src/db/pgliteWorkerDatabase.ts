import { Worker } from 'node:worker_threads';
import { KeyedSerializer } from '../lib/keyedSerializer.js';
import { withTimeout } from './database.js';
import type { Database, QueryResult, Queryable } from './database.js';
import { fromWorkerError } from './pgliteWorkerProtocol.js';
import { filesBornPrivate } from './privateDirectory.js';
import type { PgliteWorkerOptions, WorkerMessage, WorkerRequest } from './pgliteWorkerProtocol.js';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** The built worker script when running from the build; from the sources (tests, `npm run dev`), pgliteWorker.ts through tsx. */
function startWorker(builtScript: string, options: PgliteWorkerOptions): Worker {
  // The thread's own objects are small and short-lived (statements and their rows); a young
  // generation of V8's default size would hold tens of MB of their garbage.
  const limits = { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 4 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(builtScript, limits);
  const source = new URL('./pgliteWorker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, ...limits });
}

/**
 * The embedded database (PGlite) on a worker thread: its WebAssembly Postgres and the parsing of
 * its wire protocol, about half of a turn's work, run on another core than the turns. Same
 * arguments and behaviour as `openPglite`; the conversation locks stay on this thread.
 * `builtScript` is the build of pgliteWorker.ts (`npm run build`).
 */
export async function openPgliteInWorker(builtScript: string, dataDir: string | undefined, template?: Blob, firstStartTemplate?: string): Promise<Database> {
  // The thread makes its folder private (openPglite); the umask only this thread may set.
  filesBornPrivate();
  const options: PgliteWorkerOptions = { dataDir, template: template ? new Uint8Array(await template.arrayBuffer()) : undefined, firstStartTemplate };
  const worker = startWorker(builtScript, options);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let nextId = 0;
  let stopped: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') return resolve();
      if (message.kind === 'failed') return reject(fromWorkerError(message.error));
      if (message.kind === 'notify') {
        for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
        return;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.kind === 'result') waiting?.resolve(message.value);
      else waiting?.reject(fromWorkerError(message.error));
    });
    const fail = (error: Error) => {
      stopped = error;
      reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the embedded database stopped (worker exit code ${code})`)));
  });
  await ready;

  const call = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (stopped) return reject(stopped);
      nextId += 1;
      pending.set(nextId, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id: nextId });
    });
  const queryIn =
    (tx: number | undefined) =>
    <Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> =>
      call<QueryResult<Row>>({ op: 'query', sql, params, tx });

  // One process owns the data directory, so an in-process queue is every instance's lock.
  const locks = new KeyedSerializer();
  let closed = false;
  return {
    engine: 'pglite',
    query: queryIn(undefined),
    transaction: async (work) => {
      const tx = await call<number>({ op: 'begin' });
      const queryable: Queryable = { query: queryIn(tx) };
      let result;
      try {
        result = await work(queryable);
      } catch (error) {
        await call({ op: 'end', tx, commit: false });
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },
    exec: (sql) => call({ op: 'exec', sql }),
    listen: async (channel, onPayload) => {
      const channelListeners = listeners.get(channel) ?? new Set();
      listeners.set(channel, channelListeners);
      channelListeners.add(onPayload);
      if (channelListeners.size === 1) await call({ op: 'listen', channel });
      return async () => {
        channelListeners.delete(onPayload);
        if (channelListeners.size === 0 && !closed) await call({ op: 'unlisten', channel });
      };
    },
    exclusive: (name, work) => locks.run(name, work),
    // Timed here too: a worker thread stuck in a long statement does not answer at all.
    ping: (timeoutMs = 2000) => withTimeout(call({ op: 'ping', timeoutMs }), timeoutMs, 'the embedded database'),
    close: async () => {
      if (closed) return;
      closed = true;
      await call({ op: 'close' });
      await worker.terminate();
    },
  };
}
