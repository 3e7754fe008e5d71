import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { webChatVendorDir } from '../paths.js';

/**
 * `npm run webchat:update -- <version>`: copies the stock Web Chat bundle (`dist/webchat.js` and its
 * notices) of that botframework-webchat release from the npm registry into vendor/botframework-webchat/,
 * and records where it came from in source.json. Only the bundle is served, so the package's own
 * dependency tree (about 380 packages) is not installed.
 */
const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
  process.stderr.write('usage: npm run webchat:update -- <version>, for example 4.18.1\n');
  process.exit(1);
}

const packed = z.array(z.object({ filename: z.string(), integrity: z.string() })).length(1);
const packageJson = z.object({ version: z.string(), license: z.string(), dependencies: z.record(z.string(), z.string()) });

const work = mkdtempSync(join(tmpdir(), 'webchat-'));
try {
  const [tarball] = packed.parse(JSON.parse(execFileSync('npm', ['pack', `botframework-webchat@${version}`, '--json', '--pack-destination', work], { encoding: 'utf8' })));
  execFileSync('tar', ['-xzf', join(work, tarball!.filename), '-C', work, 'package/package.json', 'package/dist/webchat.js', 'package/dist/webchat.js.LICENSE.txt']);
  const manifest = packageJson.parse(JSON.parse(readFileSync(join(work, 'package', 'package.json'), 'utf8')));
  for (const file of ['webchat.js', 'webchat.js.LICENSE.txt']) copyFileSync(join(work, 'package', 'dist', file), join(webChatVendorDir, file));
  const source = {
    package: 'botframework-webchat',
    version: manifest.version,
    license: manifest.license,
    file: 'dist/webchat.js',
    tarballIntegrity: tarball!.integrity,
    sha256: createHash('sha256').update(readFileSync(join(webChatVendorDir, 'webchat.js'))).digest('hex'),
    markdownIt: manifest.dependencies['markdown-it'],
  };
  writeFileSync(join(webChatVendorDir, 'source.json'), `${JSON.stringify(source, null, 2)}\n`);
  process.stdout.write(`Web Chat ${source.version} in ${webChatVendorDir}; it renders Markdown with markdown-it ${source.markdownIt} (keep the devDependency the same).\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
