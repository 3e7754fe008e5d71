import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { pageAssetsDir } from '../paths.js';
import { directLineSources, newNonce, pageSecurityHeaders } from '../http/securityHeaders.js';
import type { FrameAncestors } from '../http/securityHeaders.js';

export interface PageOptions {
  /** Where Web Chat's Direct Line client connects: this server or Azure. */
  directLineDomain: string;
  webSocket: boolean;
  /** Who may frame the page (CSP frame-ancestors); nobody by default. */
  frameAncestors?: FrameAncestors;
}

/** The stock Web Chat bundle shipped in the npm package (no CDN). */
const webChatBundle = join(dirname(fileURLToPath(import.meta.resolve('botframework-webchat'))), 'webchat.js');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** chat.js hands its own nonce to Web Chat, whose styles are `<style>` elements it adds at run time. */
const CHAT_SCRIPT = '<script src="/chat.js"></script>';

function sendFile(res: Response, path: string, contentType: string, maxAgeSeconds: number): void {
  res.writeHead(200, { 'content-type': contentType, 'cache-control': `public, max-age=${maxAgeSeconds}`, ...securityHeaders });
  createReadStream(path).pipe(res);
}

/** `GET /`: the DRS page with Web Chat; its script, styles and the Web Chat bundle. */
export function registerWebChatPage(server: Server, options: PageOptions): void {
  const html = readFileSync(join(pageAssetsDir, 'index.html'), 'utf8')
    .replace('{{DIRECT_LINE_DOMAIN}}', escapeAttribute(options.directLineDomain))
    .replace('{{WEBSOCKET}}', String(options.webSocket));
  if (!html.includes(CHAT_SCRIPT)) throw new Error(`index.html must load chat.js as ${CHAT_SCRIPT}`);
  const connect = directLineSources(options.directLineDomain);

  server.get('/', async (_req: Request, res: Response) => {
    const nonce = newNonce();
    const headers = pageSecurityHeaders({ styleNonce: nonce, connect, images: ['data:', 'blob:'], frameAncestors: options.frameAncestors ?? [] });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...headers });
    res.end(html.replace(CHAT_SCRIPT, `<script src="/chat.js" nonce="${nonce}"></script>`));
  });
  server.get('/chat.js', async (_req: Request, res: Response) => {
    sendFile(res, join(pageAssetsDir, 'chat.js'), 'text/javascript; charset=utf-8', 300);
  });
  server.get('/reconnectingDirectLine.js', async (_req: Request, res: Response) => {
    sendFile(res, join(pageAssetsDir, 'reconnectingDirectLine.js'), 'text/javascript; charset=utf-8', 300);
  });
  server.get('/page.css', async (_req: Request, res: Response) => {
    sendFile(res, join(pageAssetsDir, 'page.css'), 'text/css; charset=utf-8', 300);
  });
  server.get('/webchat.js', async (_req: Request, res: Response) => {
    sendFile(res, webChatBundle, 'text/javascript; charset=utf-8', 86_400);
  });
}
