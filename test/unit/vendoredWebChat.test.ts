import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, webChatBundle, webChatVendorDir } from '../../src/paths.js';

const source = JSON.parse(readFileSync(join(webChatVendorDir, 'source.json'), 'utf8')) as Record<string, string>;

describe('the vendored Web Chat bundle', () => {
  it('is the file npm run webchat:update copied from its npm release, unchanged', () => {
    expect(source).toMatchObject({ package: 'botframework-webchat', file: 'dist/webchat.js', license: 'MIT' });
    expect(source.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(source.tarballIntegrity).toMatch(/^sha512-/);
    expect(createHash('sha256').update(readFileSync(webChatBundle)).digest('hex')).toBe(source.sha256);
    expect(readFileSync(join(webChatVendorDir, 'webchat.js.LICENSE.txt'), 'utf8')).toMatch(/license/i);
  });

  it('renders Markdown with the markdown-it release the Markdown tests load', () => {
    const installed = (createRequire(import.meta.url)('markdown-it/package.json') as { version: string }).version;
    expect(installed).toBe(source.markdownIt);
    const declared = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['markdown-it'];
    expect(declared).toBe(source.markdownIt);
  });
});
