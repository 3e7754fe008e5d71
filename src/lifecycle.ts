import type { App } from './server.js';
import type { Logger } from './lib/log.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Graceful stop: refuse new connections, let running requests (turns) finish within
 * `drainTimeoutMs`, then `closeRest` (the background jobs and the database).
 */
export async function drainAndClose(app: App, closeRest: () => Promise<void>, logger: Logger, drainTimeoutMs: number): Promise<void> {
  const started = Date.now();
  const closed = new Promise<void>((resolve) => {
    app.server.close(() => resolve());
  });
  app.closeStreams();
  app.server.server.closeIdleConnections();
  while (app.inFlight() > 0 && Date.now() - started < drainTimeoutMs) {
    await sleep(25);
    app.server.server.closeIdleConnections();
  }
  const unfinished = app.inFlight();
  if (unfinished > 0) logger.warn({ unfinished }, 'drain timeout reached; closing remaining connections');
  app.server.server.closeAllConnections();
  await closed;
  await closeRest();
  logger.info({ drainMs: Date.now() - started }, 'stopped');
}
