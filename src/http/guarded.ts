import type { Request, Response } from 'restify';
import { HttpError, sendError } from './errors.js';

export type Handler = (req: Request, res: Response) => Promise<void>;

/** Wraps a handler so every failure becomes a JSON error with the right status, never a stack trace. */
export const guarded =
  (handler: Handler): Handler =>
  async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (!(error instanceof HttpError)) req.log.error({ err: error }, 'request failed');
      sendError(res, error);
    }
  };
