import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseCoding } from '../../src/http/acceptEncoding.js';
import { StaticAssets } from '../../src/http/staticAssets.js';

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

describe('StaticAssets', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('takes every script and style sheet in the folder, so a new one needs no code, and links them by version', () => {
    dir = mkdtempSync(join(tmpdir(), 'assets-'));
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
