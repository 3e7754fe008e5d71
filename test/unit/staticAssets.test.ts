import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseCoding } from '../../src/http/acceptEncoding.js';
import { StaticAssets } from '../../src/http/staticAssets.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

describe('chooseCoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip'], 'br'],
    ['gzip, deflate, br, zstd', ['gzip'], 'gzip'],
    ['gzip, deflate', ['br', 'gzip'], 'gzip'],
    ['br;q=0.5, gzip', ['br', 'gzip'], 'gzip'],
    ['BR; Q=1.0, gzip;q=0.9', ['br', 'gzip'], 'br'],
    ['*', ['br', 'gzip'], 'br'],
    ['*;q=0, gzip', ['br', 'gzip'], 'gzip'],
    ['gzip;q=0, br;q=0', ['br', 'gzip'], 'identity'],
    ['identity', ['br', 'gzip'], 'identity'],
    ['', ['br', 'gzip'], 'identity'],
    [undefined, ['br', 'gzip'], 'identity'],
    ['br', [], 'identity'],
  ] as const)('Accept-Encoding %j with %j ready → %s', (header, available, expected) => {
    expect(chooseCoding(header, available)).toBe(expected);
  });
});

/** The first answer for `path` of a server serving `assets`: its Content-Encoding and bytes as sent. */
async function firstAnswer(assets: StaticAssets, path: string, acceptEncoding: string): Promise<{ coding: string | undefined; body: Buffer }> {
  const server = restify.createServer();
  assets.register(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address();
    return await new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ coding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('StaticAssets', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends the compressed copies the build wrote from the first request; the build keeps only the current bytes\' copies', async () => {
    dir = scratchDirectory('assets-');
    const source = join(dir, 'source');
    const compressed = join(dir, 'compressed');
    mkdirSync(source);
    mkdirSync(compressed);
    const script = 'console.log("a script long enough to compress");\n'.repeat(200);
    writeFileSync(join(source, 'chat.js'), script);
    writeFileSync(join(source, 'page.css'), 'body { margin: 0 }\n'.repeat(100));
    writeFileSync(join(compressed, 'chat.js.0000000000000000.br'), 'an older release');

    await StaticAssets.fromDirectory(source).writeCompressed(compressed);
    const version = (name: string) => StaticAssets.fromDirectory(source).url(name).split('?v=')[1]!;
    expect(readdirSync(compressed).sort()).toEqual([
      `chat.js.${version('chat.js')}.br`, `chat.js.${version('chat.js')}.gz`, `page.css.${version('page.css')}.br`, `page.css.${version('page.css')}.gz`,
    ]);

    // A copy of its own (quality 1) in place of the build's: the server sends that file, it does not compress.
    const own = brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
    writeFileSync(join(compressed, `chat.js.${version('chat.js')}.br`), own);
    const sent = await firstAnswer(StaticAssets.fromDirectory(source, {}, { compressedDir: compressed }), '/chat.js', 'br');
    expect(sent.coding).toBe('br');
    expect(sent.body.equals(own)).toBe(true);
    expect(brotliDecompressSync(sent.body).toString()).toBe(script);

    // Changed bytes have no copy yet: the first answer is uncompressed (brotli is only starting), never the old copy.
    writeFileSync(join(source, 'chat.js'), `${script}// changed\n`);
    const changed = await firstAnswer(StaticAssets.fromDirectory(source, {}, { compressedDir: compressed }), '/chat.js', 'br');
    expect(changed.coding).toBeUndefined();
    expect(changed.body.toString()).toBe(readFileSync(join(source, 'chat.js'), 'utf8'));
  });

  it('takes every script and style sheet in the folder, so a new one needs no code, and links them by version', () => {
    dir = scratchDirectory('assets-');
    writeFileSync(join(dir, 'chat.js'), 'one');
    writeFileSync(join(dir, 'resume.js'), 'two');
    writeFileSync(join(dir, 'page.css'), 'three');
    writeFileSync(join(dir, 'index.html'), '<p>');
    writeFileSync(join(dir, 'notes.txt'), 'no');
    writeFileSync(join(dir, 'bundle.js'), 'local');
    writeFileSync(join(dir, 'elsewhere.js'), 'vendor');
    const assets = StaticAssets.fromDirectory(dir, { 'bundle.js': join(dir, 'elsewhere.js') });
    expect(assets.names().sort()).toEqual(['bundle.js', 'chat.js', 'elsewhere.js', 'page.css', 'resume.js']);
    expect(assets.url('bundle.js').split('?v=')[1]).toBe(assets.url('elsewhere.js').split('?v=')[1]);
    expect(assets.url('chat.js')).toMatch(/^\/chat\.js\?v=[0-9a-f]{16}$/);
    expect(assets.url('chat.js')).not.toBe(assets.url('resume.js'));
    const html = '<link rel="stylesheet" href="/page.css" /><script src="/resume.js"></script><script src="/other.js"></script><a href="/">home</a>';
    expect(assets.link(html)).toBe(`<link rel="stylesheet" href="${assets.url('page.css')}" /><script src="${assets.url('resume.js')}"></script><script src="/other.js"></script><a href="/">home</a>`);
    expect(() => assets.url('other.js')).toThrow(/no asset/);
  });
});
