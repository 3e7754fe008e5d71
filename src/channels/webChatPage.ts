import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { compressedPageAssetsDir, pageAssetsDir, webChatBundle } from '../paths.js';
import { directLineSources, newNonce, pageSecurityHeaders } from '../http/securityHeaders.js';
import type { FrameAncestors } from '../http/securityHeaders.js';
import { StaticAssets } from '../http/staticAssets.js';

export interface PageOptions {
  /** Where Web Chat's Direct Line client connects: this server or Azure. */
  directLineDomain: string;
  webSocket: boolean;
  /** Who may frame the page (CSP frame-ancestors); nobody by default. */
  frameAncestors?: FrameAncestors;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** chat.js hands its own nonce to Web Chat, whose styles are `<style>` elements it adds at run time. */
const CHAT_SCRIPT = '<script src="/chat.js"></script>';

/** The page's scripts and style sheets and the Web Chat bundle, with the compressed copies `npm run build` made. */
export function webChatPageAssets(): StaticAssets {
  return StaticAssets.fromDirectory(pageAssetsDir, { 'webchat.js': webChatBundle }, { compressedDir: compressedPageAssetsDir });
}

/**
 * `GET /`: the DRS page with Web Chat. Every script and style sheet in the page folder, and the Web Chat
 * bundle, is served compressed from memory; the page links them by versioned URLs that browsers keep.
 */
export function registerWebChatPage(server: Server, options: PageOptions): void {
  const assets = webChatPageAssets();
  const template = readFileSync(join(pageAssetsDir, 'index.html'), 'utf8');
  if (!template.includes(CHAT_SCRIPT)) throw new Error(`index.html must load chat.js as ${CHAT_SCRIPT}`);
  const html = assets
    .link(template)
    .replace('{{DIRECT_LINE_DOMAIN}}', escapeAttribute(options.directLineDomain))
    .replace('{{WEBSOCKET}}', String(options.webSocket));
  const chatScript = `<script src="${assets.url('chat.js')}"></script>`;
  const connect = directLineSources(options.directLineDomain);

  server.get('/', async (_req: Request, res: Response) => {
    // The browser asks for the scripts next; have them compressed by then.
    void assets.compress();
    const nonce = newNonce();
    const headers = pageSecurityHeaders({ styleNonce: nonce, connect, images: ['data:', 'blob:'], frameAncestors: options.frameAncestors ?? [] });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...headers });
    res.end(html.replace(chatScript, chatScript.replace('></script>', ` nonce="${nonce}"></script>`)));
  });
  assets.register(server);
}
