import { AuthenticationError } from 'botframework-connector';

/** What jsonwebtoken throws for a bad signature, algorithm or date; botbuilder lets these through. */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * True when the adapter refused a request's Bot Framework token. botbuilder wraps most refusals in
 * AuthenticationError but rethrows jsonwebtoken's own errors (a forged signature under a real key
 * id, `alg` not allowed), which would otherwise become a 500.
 */
export function isBotAuthFailure(error: unknown): boolean {
  return error instanceof AuthenticationError || (error instanceof Error && JWT_ERRORS.has(error.name));
}
