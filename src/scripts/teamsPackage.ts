import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TeamsPackageError, buildTeamsPackage, teamsPackageFileName } from '../channels/teamsAppPackage.js';
import { ConfigError, loadConfig } from '../config.js';
import { projectRoot } from '../paths.js';

/**
 * `npm run teams:package [-- --out file.zip]`: fills appPackage/manifest.json from the configuration
 * (MicrosoftAppId, TEAMS_APP_ID, PUBLIC_URL), checks it and its icons, and writes the zip to upload to Teams.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const appPackageDir = join(projectRoot, 'appPackage');
const out = resolve(values.out ?? join(appPackageDir, 'build', teamsPackageFileName));
try {
  const config = loadConfig();
  // The icons and the language files (es.json) beside the manifest.
  const files = readdirSync(appPackageDir).filter((name) => name.endsWith('.png') || (name.endsWith('.json') && name !== 'manifest.json'));
  const { zipBytes } = buildTeamsPackage({
    manifestText: readFileSync(join(appPackageDir, 'manifest.json'), 'utf8'),
    files: Object.fromEntries(files.map((name) => [name, readFileSync(join(appPackageDir, name))])),
    microsoftAppId: config.MicrosoftAppId,
    teamsAppId: config.TEAMS_APP_ID,
    publicUrl: config.PUBLIC_URL,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zipBytes);
  const shown = relative(process.cwd(), out);
  process.stdout.write(`Teams app package: ${shown.startsWith('..') || isAbsolute(shown) ? out : shown}\n`);
} catch (error) {
  const known = error instanceof ConfigError || error instanceof TeamsPackageError;
  process.stderr.write(`${known ? error.message : String(error)}\n`);
  process.exit(1);
}
