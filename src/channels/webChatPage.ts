import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { pageAssetsDir } from '../paths.js';

export interface PageOptions {
  /** Where Web Chat's Direct Line client connects: this server or Azure. */
  directLineDomain: string;
  webSocket: boolean;
}

/** The stock Web Chat bundle shipped in the npm package (no CDN). */
const webChatBundle = join(dirname(fileURLToPath(import.meta.resolve('botframework-webchat'))), 'webchat.js');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function sendFile(res: Response, path: string, contentType: string, maxAgeSeconds: number): void {
  res.writeHead(200, { 'content-type': contentType, 'cache-control': `public, max-age=${maxAgeSeconds}`, ...securityHeaders });
  createReadStream(path).pipe(res);
}

/** `GET /`: the DRS page with Web Chat; its script, styles and the Web Chat bundle. */
export function registerWebChatPage(server: Server, options: PageOptions): void {
  const html = readFileSync(join(pageAssetsDir, 'index.html'), 'utf8')
    .replace('{{DIRECT_LINE_DOMAIN}}', escapeAttribute(options.directLineDomain))
    .replace('{{WEBSOCKET}}', String(options.webSocket));

  server.get('/', async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...securityHeaders });
    res.end(html);
  });
  server.get('/chat.js', async (_req: Request, res: Response) => {
    sendFile(res, join(pageAssetsDir, 'chat.js'), 'text/javascript; charset=utf-8', 300);
  });
  server.get('/page.css', async (_req: Request, res: Response) => {
    sendFile(res, join(pageAssetsDir, 'page.css'), 'text/css; charset=utf-8', 300);
  });
  server.get('/webchat.js', async (_req: Request, res: Response) => {
    sendFile(res, webChatBundle, 'text/javascript; charset=utf-8', 86_400);
  });
}
