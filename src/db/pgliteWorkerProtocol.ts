/** Messages between the server's thread and the thread running the embedded database (pgliteWorker.ts). */

/** What the worker opens: the arguments of `openPglite`, the template's bytes in place of its Blob. */
export interface PgliteWorkerOptions {
  dataDir: string | undefined;
  template: Uint8Array | undefined;
  firstStartTemplate: string | undefined;
}

/** A request; `tx` names the open transaction a query belongs to. */
export type WorkerRequest = { id: number } & (
  | { op: 'query'; sql: string; params: unknown[] | undefined; tx: number | undefined }
  | { op: 'exec'; sql: string }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'listen'; channel: string }
  | { op: 'unlisten'; channel: string }
  | { op: 'ping'; timeoutMs: number }
  | { op: 'close' }
);

/** An error as it crosses threads: its message, name and Postgres fields (code, constraint…). */
export interface WorkerError {
  message: string;
  name: string;
  fields: Record<string, string>;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'failed'; error: WorkerError }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; error: WorkerError }
  | { kind: 'notify'; channel: string; payload: string };

/** The fields of a Postgres error worth keeping (`code` = SQLSTATE). */
const POSTGRES_FIELDS = ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'schema', 'severity'] as const;

export function toWorkerError(error: unknown): WorkerError {
  const source = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const field of POSTGRES_FIELDS) if (typeof source[field] === 'string') fields[field] = source[field];
  return { message: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : 'Error', fields };
}

/** The error again on the server's thread, with the same message, name and Postgres fields. */
export function fromWorkerError({ message, name, fields }: WorkerError): Error {
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  return error;
}
