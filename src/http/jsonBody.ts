import restify from 'restify';
import type { Next, Request, RequestHandler, Response } from 'restify';
import { HttpError, sendError } from './errors.js';

// A NUL, and half of a surrogate pair, which neither PostgreSQL's text nor its jsonb can hold.
// eslint-disable-next-line no-control-regex -- the NUL is what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character the database cannot store replaced by U+FFFD (�). */
export const storableText = (text: string): string => text.replace(UNSTORABLE, '\uFFFD');

/** A JSON.parse reviver: strings, and the keys of objects, come out storable. */
function storable(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!keys.some((key) => storableText(key) !== key)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), item]));
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** Refuses a request body that is not JSON: every API here takes JSON or nothing. */
function onlyJson(req: Request, res: Response, next: Next): void {
  const length = Number(req.header('content-length') ?? '0');
  const chunked = /chunked/i.test(req.header('transfer-encoding') ?? '');
  if ((length > 0 || chunked) && !JSON_TYPE.test(req.getContentType())) {
    sendError(res, new HttpError('UnsupportedMediaType', 'Send the body as JSON (Content-Type: application/json).'));
    next(false);
    return;
  }
  next();
}

/**
 * Reads JSON bodies up to `maxBodySize` (413 beyond), refuses other kinds (415) and makes every
 * string storable, so a stray NUL or broken emoji is kept as � rather than failing the request.
 */
export function jsonBody(maxBodySize: number): RequestHandler[] {
  // The body reader inside the JSON parser honours maxBodySize; restify's types leave it out.
  const options = { maxBodySize, reviver: storable };
  return [onlyJson, ...restify.plugins.jsonBodyParser(options)];
}
