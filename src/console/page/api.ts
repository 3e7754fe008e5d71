// Same-origin JSON calls to /api/console; the session cookie goes along by itself.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds, from a 429's Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

async function readError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status.
  }
  const retry = Number(response.headers.get('retry-after'));
  return new ApiError(
    response.status,
    body.error?.code ?? `HTTP${response.status}`,
    body.error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

/** Calls the console API; resolves to the parsed body (undefined for 204) or rejects with an ApiError. */
export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/console${path}`, {
      method,
      credentials: 'same-origin',
      headers: method === 'POST' ? { 'content-type': 'application/json', accept: 'application/json' } : { accept: 'application/json' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new ApiError(0, 'NetworkError', 'The server could not be reached. Check the connection and try again.');
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
