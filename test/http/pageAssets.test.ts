import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAssetsDir, webChatBundle } from '../../src/paths.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const ON_DISK: Record<string, string> = {
  'chat.js': join(pageAssetsDir, 'chat.js'),
  'page.css': join(pageAssetsDir, 'page.css'),
  'webchat.js': webChatBundle,
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, still compressed. */
  body: Buffer;
}

/** A request with exactly these headers (fetch would add Accept-Encoding and decompress). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(server.url + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (answer: Answer): Buffer => {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.body);
  if (coding === 'gzip') return gunzipSync(answer.body);
  return answer.body;
};

let server: TestServer;
/** Asset name → its versioned URL, as the page links it. */
const linked = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  const html = (await get('/')).body.toString();
  for (const [, name, version] of html.matchAll(/(?:src|href)="\/([\w.-]+)\?v=([0-9a-f]{16})"/g)) linked.set(name!, `/${name}?v=${version}`);
  // The build's brotli copies are sent from the first request; without them brotli takes a few seconds for the Web Chat bundle.
  const deadline = Date.now() + 60_000;
  while ((await get(linked.get('webchat.js')!, { 'accept-encoding': 'br' }, 'HEAD')).headers['content-encoding'] !== 'br') {
    if (Date.now() > deadline) throw new Error('the Web Chat bundle was never brotli-compressed');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 70_000);
afterAll(async () => {
  await server?.close();
});

describe('page scripts and styles', () => {
  it('the page links each at a URL versioned by a hash of its bytes, and stays no-cache itself', async () => {
    const page = await get('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect([...linked.keys()].sort()).toEqual(['chat.js', 'icon.svg', 'page.css', 'reconnectingDirectLine.js', 'webchat.js']);
    const html = page.body.toString();
    // Its own icon, so browsers do not ask for a /favicon.ico the server does not have.
    expect(html).toContain(`<link rel="icon" href="${linked.get('icon.svg')}" type="image/svg+xml" />`);
    expect((await get(linked.get('icon.svg')!)).headers['content-type']).toBe('image/svg+xml');
    expect(html).toContain(`<link rel="stylesheet" href="${linked.get('page.css')}" />`);
    // Web Chat's bundle is preloaded, and run by chat.js once the conversation has started.
    expect(html).toContain(`<link rel="preload" href="${linked.get('webchat.js')}" as="script" id="webchat-bundle" />`);
    expect(html).toContain(`<script src="${linked.get('reconnectingDirectLine.js')}"></script>`);
    expect(html).toMatch(new RegExp(`<script src="${linked.get('chat.js')!.replace(/[?.]/g, '\\$&')}" nonce="[^"]+"></script>`));
  });

  it.each(Object.keys(ON_DISK))('%s: brotli, gzip or none as Accept-Encoding allows, always the bytes on disk', async (name) => {
    const onDisk = readFileSync(ON_DISK[name]!);
    const url = linked.get(name)!;
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['*', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0.5, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['identity', undefined],
      [undefined, undefined],
    ];
    for (const [acceptEncoding, expected] of cases) {
      const answer = await get(url, acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding'], `Accept-Encoding: ${acceptEncoding}`).toBe(expected);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(decoded(answer).equals(onDisk), `${name} with Accept-Encoding: ${acceptEncoding}`).toBe(true);
      if (expected) expect(answer.body.length).toBeLessThan(onDisk.length);
    }
  });

  it.each(Object.keys(ON_DISK))('%s: kept a year at its versioned URL, revalidated at its plain one, with nosniff and no referrer', async (name) => {
    const versioned = await get(linked.get(name)!, { 'accept-encoding': 'br' });
    expect(versioned.headers['cache-control']).toBe(IMMUTABLE);
    expect(versioned.headers['content-type']).toMatch(name.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    expect(versioned.headers['x-content-type-options']).toBe('nosniff');
    expect(versioned.headers['referrer-policy']).toBe('no-referrer');
    const plain = await get(`/${name}`, { 'accept-encoding': 'br' });
    expect(plain.status).toBe(200);
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body.equals(versioned.body)).toBe(true);
    // A version this server does not have (a page from another release) is not kept.
    expect((await get(`/${name}?v=0000000000000000`)).headers['cache-control']).toBe('no-cache');
  });

  it('ETags differ by encoding and If-None-Match gets 304 with no body', async () => {
    const url = linked.get('webchat.js')!;
    const etags = new Map<string, string>();
    for (const coding of ['br', 'gzip', 'identity']) {
      const answer = await get(url, { 'accept-encoding': coding });
      const etag = answer.headers.etag!;
      expect(etag).toMatch(/^"[0-9a-f]{16}(-br|-gzip)?"$/);
      etags.set(coding, etag);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`, '*']) {
        const notModified = await get(url, { 'accept-encoding': coding, 'if-none-match': ifNoneMatch });
        expect(notModified.status, ifNoneMatch).toBe(304);
        expect(notModified.body.length).toBe(0);
        expect(notModified.headers.etag).toBe(etag);
        expect(notModified.headers['cache-control']).toBe(IMMUTABLE);
        expect(notModified.headers.vary).toBe('Accept-Encoding');
      }
      expect((await get(url, { 'accept-encoding': coding, 'if-none-match': '"0000000000000000"' })).status).toBe(200);
    }
    expect(new Set(etags.values()).size).toBe(3);
  });

  it('HEAD answers with the headers GET would send and no body', async () => {
    const url = linked.get('webchat.js')!;
    const head = await get(url, { 'accept-encoding': 'gzip' }, 'HEAD');
    const full = await get(url, { 'accept-encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const header of ['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary']) expect(head.headers[header], header).toBe(full.headers[header]);
  });

  it('anything else is 404', async () => {
    for (const path of ['/nope.js', '/index.html', '/chat.js.map', '/webchat-es5.js', '/page/chat.js', '/assets/chat.js', '/..%2Fpackage.json']) {
      const answer = await get(path, { 'accept-encoding': 'br' });
      expect(answer.status, path).toBe(404);
    }
  });
});
