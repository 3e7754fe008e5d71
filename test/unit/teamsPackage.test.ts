import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pickChoice } from '../../dialogs/choicePicking.js';
import { detectInterruption } from '../../dialogs/interruptions.js';
import { mainMenuTexts, menuChoices } from '../../dialogs/mainMenu.js';
import type { TeamsPackageInput } from '../../src/channels/teamsAppPackage.js';
import { TeamsPackageError, buildTeamsPackage } from '../../src/channels/teamsAppPackage.js';
import { configSchema } from '../../src/config.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const appPackageDir = join(projectRoot, 'appPackage');
const BOT_ID = '6f1c2a9e-3b7d-4e0a-9c5f-2d8e1b4a7c30';
const TEAMS_APP_ID = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

const manifestText = readFileSync(join(appPackageDir, 'manifest.json'), 'utf8');
const icons = Object.fromEntries(
  readdirSync(appPackageDir)
    .filter((name) => name.endsWith('.png') || (name.endsWith('.json') && name !== 'manifest.json'))
    .map((name) => [name, new Uint8Array(readFileSync(join(appPackageDir, name)))]),
);
const input = (overrides: Partial<TeamsPackageInput> = {}): TeamsPackageInput => ({
  manifestText,
  files: icons,
  microsoftAppId: BOT_ID,
  ...overrides,
});

interface BuiltManifest {
  id: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
  validDomains: string[];
}

function unpack(zipBytes: Uint8Array) {
  const files = unzipSync(zipBytes);
  const manifestJson = strFromU8(files['manifest.json'] ?? new Uint8Array());
  return { files, manifestJson, manifest: JSON.parse(manifestJson) as BuiltManifest };
}

const decode = (bytes: Uint8Array | undefined) => PNG.sync.read(Buffer.from(bytes ?? new Uint8Array()));

describe('the Teams app package', () => {
  it('zips exactly manifest.json, color.png, outline.png and the Spanish es.json, with the bot id filled in', () => {
    const { files, manifestJson, manifest } = unpack(buildTeamsPackage(input()).zipBytes);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'es.json', 'manifest.json', 'outline.png']);
    expect(manifestJson).not.toContain('{{');
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.bots[0]?.scopes).toContain('personal');
    expect(manifest.validDomains).toEqual([]);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is only white or fully transparent', () => {
    const { files } = unpack(buildTeamsPackage(input()).zipBytes);
    const color = decode(files['color.png']);
    const outline = decode(files['outline.png']);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const offending: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a !== 0 && !(r === 255 && g === 255 && b === 255)) offending.push(i / 4);
    }
    expect(offending).toEqual([]);
    expect(outline.data.some((value, i) => i % 4 === 3 && value === 255)).toBe(true);
  });

  it('uses TEAMS_APP_ID for the app id when given, and the https PUBLIC_URL host as the valid domain', () => {
    const { manifest } = unpack(
      buildTeamsPackage(input({ teamsAppId: TEAMS_APP_ID, publicUrl: 'https://assistant.example.gov' })).zipBytes,
    );
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['assistant.example.gov']);
  });

  it('leaves validDomains empty for a plain http PUBLIC_URL', () => {
    const { manifest } = unpack(buildTeamsPackage(input({ publicUrl: 'http://127.0.0.1:3978' })).zipBytes);
    expect(manifest.validDomains).toEqual([]);
  });

  it('offers commands the assistant understands as typed', () => {
    const commands = buildTeamsPackage(input()).manifest.bots[0]?.commandLists?.flatMap((list) => list.commands) ?? [];
    expect(commands.length).toBeGreaterThan(0);
    for (const { title } of commands) {
      const understood = detectInterruption(title) ?? pickChoice(title, menuChoices, { allowNumbers: false });
      expect(understood, title).toBeDefined();
    }
  });

  it('names the app and offers its commands in Spanish, commands the assistant understands as typed', () => {
    const { files } = unpack(buildTeamsPackage(input()).zipBytes);
    const spanish = JSON.parse(strFromU8(files['es.json'] ?? new Uint8Array())) as Record<string, string>;
    expect(spanish['name.full']).toBe('Asistente de impuestos del DRS de Connecticut');
    const titles = Object.entries(spanish).filter(([key]) => key.endsWith('.title')).map(([, title]) => title);
    expect(titles).toHaveLength(buildTeamsPackage(input()).manifest.bots[0]?.commandLists?.[0]?.commands.length ?? 0);
    for (const title of titles) {
      const understood = detectInterruption(title) ?? pickChoice(title, mainMenuTexts.es.menuChoices, { allowNumbers: false });
      expect(understood, title).toBeDefined();
    }
  });

  it.each([
    ['a missing language file', {}, /names the language file es\.json, which is not next to it/],
    ['a description too long', { 'description.short': 'x'.repeat(81) }, /es\.json: description\.short/],
    ['a command the manifest lacks', { 'bots[0].commandLists[0].commands[9].title': 'extra' }, /translates a command the manifest does not have/],
    ['a field it does not translate', { 'developer.name': 'Otro' }, /is not a field this package translates/],
  ])('refuses %s in the Spanish file', (_case, change, message) => {
    const spanish = JSON.parse(new TextDecoder().decode(icons['es.json'])) as Record<string, string>;
    const { 'es.json': _dropped, ...withoutSpanish } = icons;
    const files = Object.keys(change).length === 0 ? withoutSpanish : { ...icons, 'es.json': new TextEncoder().encode(JSON.stringify({ ...spanish, ...change })) };
    expect(() => buildTeamsPackage(input({ files }))).toThrow(message);
  });

  it.each([
    [undefined, /^Set MicrosoftAppId to the Azure Bot's application id \(a GUID\)/],
    ['', /^Set MicrosoftAppId/],
    ['not-a-guid', /^MicrosoftAppId must be the Azure Bot's application id \(a GUID\)/],
  ])('refuses MicrosoftAppId %o with a clear message', (microsoftAppId, message) => {
    expect(() => buildTeamsPackage(input({ microsoftAppId }))).toThrow(TeamsPackageError);
    expect(() => buildTeamsPackage(input({ microsoftAppId }))).toThrow(message);
  });

  it('refuses a TEAMS_APP_ID that is not a GUID', () => {
    expect(() => buildTeamsPackage(input({ teamsAppId: 'my-app' }))).toThrow(/TEAMS_APP_ID must be the Teams app id \(a GUID\)/);
  });

  it('refuses icons of the wrong size, a coloured outline icon, or a missing icon', () => {
    const swapped = { 'color.png': icons['outline.png']!, 'outline.png': icons['color.png']! };
    expect(() => buildTeamsPackage(input({ files: swapped }))).toThrow(/color icon color\.png must be 192×192 pixels, not 32×32/);

    const colouredOutline = new PNG({ width: 32, height: 32 });
    colouredOutline.data.fill(0);
    colouredOutline.data.set([0x1f, 0x4e, 0x79, 255], 0);
    const files = { ...icons, 'outline.png': new Uint8Array(PNG.sync.write(colouredOutline)) };
    expect(() => buildTeamsPackage(input({ files }))).toThrow(/outline icon outline\.png may only have white and transparent pixels/);

    expect(() => buildTeamsPackage(input({ files: { 'color.png': icons['color.png']! } }))).toThrow(/outline icon outline\.png .* is missing/);
  });

  it('names the manifest fields that break the Teams limits', () => {
    const manifest = JSON.parse(manifestText) as { name: { short: string }; accentColor: string };
    manifest.name.short = 'Connecticut DRS Taxpayer Assistant';
    manifest.accentColor = 'blue';
    expect(() => buildTeamsPackage(input({ manifestText: JSON.stringify(manifest) }))).toThrow(
      /name\.short must be at most 30 characters; accentColor must be a colour/,
    );
    expect(() => buildTeamsPackage(input({ manifestText: manifestText.replace('{{TeamsAppId}}', '{{AppVersion}}') }))).toThrow(
      /unknown placeholder \{\{AppVersion\}\}/,
    );
  });
});

describe('npm run teams:package', () => {
  /** Every configuration key set empty (unset), so neither the parent's environment nor a .env file leaks in. */
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/teamsPackage.ts', ...args], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, ''])),
        ...env,
      },
      encoding: 'utf8',
    });

  it('writes the zip and prints where', () => {
    const out = join(scratchDirectory('teams-package-'), 'ct-drs-assistant.zip');
    const result = run(
      { MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'a-client-secret', PUBLIC_URL: 'https://assistant.example.gov' },
      ['--out', out],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Teams app package: ${out}\n`);
    expect(existsSync(out)).toBe(true);
    const { files, manifest } = unpack(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'es.json', 'manifest.json', 'outline.png']);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['assistant.example.gov']);
  });

  it('exits 1 with one clear line, and no stack trace, when MicrosoftAppId is not set', () => {
    const out = join(scratchDirectory('teams-package-'), 'ct-drs-assistant.zip');
    const result = run({}, ['--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("Set MicrosoftAppId to the Azure Bot's application id (a GUID) to build the Teams app package.\n");
    expect(result.stderr).not.toMatch(/\bat \S+:\d+/);
    expect(existsSync(out)).toBe(false);
  });
});
