import type { Response } from 'restify';
import type { z } from 'zod';

/** Every error the HTTP API reports, with its status. One place maps errors to responses. */
export const errorCatalog = {
  BadArgument: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  TooManyRequests: 429,
  BotError: 502,
  UpstreamError: 502,
  NotReady: 503,
  Busy: 503,
  ServiceError: 500,
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.status = errorCatalog[code];
  }
}

/** Validates untrusted input; the 400 names the first field that is wrong and why. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  throw new HttpError('BadArgument', `Invalid ${what}${field}: ${issue?.message ?? 'not valid'}`);
}

/** Writes `{ error: { code, message } }`; anything that is not an HttpError becomes a bare 500. */
export function sendError(res: Response, error: unknown): void {
  const known = error instanceof HttpError ? error : new HttpError('ServiceError', 'Something went wrong on our side.');
  if (res.headersSent) return;
  res.send(known.status, { error: { code: known.code, message: known.message } });
}
