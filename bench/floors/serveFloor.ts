import { parseArgs } from 'node:util';
import type { Server } from 'restify';

/**
 * Adds `/ready`, listens where `--port <n> --host <address>` say (the bench picks a free port) and
 * exits 0 on SIGTERM: what both floor servers share.
 */
export function serveFloor(server: Server): void {
  server.get('/ready', async (_req, res) => {
    res.send(200, { status: 'ready' });
  });
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' } } });
  server.listen(Number(values.port), values.host);
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.server.closeAllConnections();
  });
}
