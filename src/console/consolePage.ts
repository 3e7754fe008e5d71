import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../paths.js';
import { pageSecurityHeaders } from '../http/securityHeaders.js';

/** index.html, insights.html, console.css and icon.svg, read from the source tree as the Web Chat page's are. */
export const consolePageDir = join(projectRoot, 'src', 'console', 'page');
/**
 * The page's scripts, compiled by `npm run build` (and by the tests' global setup) from src/console/page/*.ts and
 * the contract they share with the server, src/console/contract/*.ts, into folders of the same names.
 */
export const consoleScriptsDir = join(projectRoot, 'dist', 'console-page');
/** The folders of compiled scripts, served as /console/<folder>/<name>.js so the modules' relative imports resolve. */
const SCRIPT_FOLDERS: ReadonlySet<string> = new Set(['page', 'contract']);

/** Scripts, styles and images from this origin only, nothing inline; never framed (the console is for staff). */
const securityHeaders = pageSecurityHeaders({ frameAncestors: [] });

const NOT_BUILT = 'The console page is not built. Run `npm run build` (it compiles src/console/page/ and src/console/contract/ to dist/console-page/).\n';
/** Module file names the page may ask for: no paths, no dots but the extension. */
const SCRIPT_NAME = /^[A-Za-z][A-Za-z0-9]*\.js$/;

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
const built = () => access(join(consoleScriptsDir, 'page', 'app.js')).then(() => true, () => false);

function send(res: Response, status: number, contentType: string, body: string | Buffer): void {
  // Small files; revalidated every time so a new build shows at once.
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-cache', ...securityHeaders });
  res.end(body);
}

/** `GET /console`: the representatives' console page, the supervisors' insights page, their styles and compiled scripts (no inline script). */
export function registerConsolePage(server: Server): void {
  server.get('/console', async (_req: Request, res: Response) => {
    if (!(await built())) return send(res, 503, 'text/plain; charset=utf-8', NOT_BUILT);
    send(res, 200, 'text/html; charset=utf-8', await readFile(join(consolePageDir, 'index.html')));
  });
  server.get('/console/insights', async (_req: Request, res: Response) => {
    if (!(await built())) return send(res, 503, 'text/plain; charset=utf-8', NOT_BUILT);
    send(res, 200, 'text/html; charset=utf-8', await readFile(join(consolePageDir, 'insights.html')));
  });
  server.get('/console/console.css', async (_req: Request, res: Response) => {
    send(res, 200, 'text/css; charset=utf-8', await readFile(join(consolePageDir, 'console.css')));
  });
  server.get('/console/icon.svg', async (_req: Request, res: Response) => {
    send(res, 200, 'image/svg+xml', await readFile(join(consolePageDir, 'icon.svg')));
  });
  server.get('/console/:folder/:script', async (req: Request, res: Response) => {
    const params = req.params as Record<string, unknown> | undefined;
    const folder = typeof params?.folder === 'string' ? params.folder : '';
    const name = typeof params?.script === 'string' ? params.script : '';
    if (!SCRIPT_FOLDERS.has(folder) || !SCRIPT_NAME.test(name)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.\n');
    try {
      send(res, 200, 'text/javascript; charset=utf-8', await readFile(join(consoleScriptsDir, folder, name)));
    } catch (error) {
      if (!missing(error)) throw error;
      const ready = await built();
      send(res, ready ? 404 : 503, 'text/plain; charset=utf-8', ready ? 'Not found.\n' : NOT_BUILT);
    }
  });
}
