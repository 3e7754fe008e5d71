import { strToU8, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { z } from 'zod';

/** The Microsoft Teams app package: appPackage/manifest.json with its placeholders filled, and its two icons, zipped. */
export const teamsPackageFileName = 'ct-drs-assistant.zip';

export class TeamsPackageError extends Error {
  override readonly name = 'TeamsPackageError';
}

export interface TeamsPackageInput {
  /** appPackage/manifest.json as written, with `{{MicrosoftAppId}}`, `{{TeamsAppId}}` and `{{PublicUrlHost}}` placeholders. */
  manifestText: string;
  /** The files next to manifest.json, by name; the icons and language files the manifest names are taken from here. */
  files: Readonly<Record<string, Uint8Array>>;
  /** The Azure Bot's application id: the bot's id, and the app's id unless teamsAppId is given. */
  microsoftAppId: string | undefined;
  teamsAppId?: string | undefined;
  /** Where Teams reaches the bot; an https address makes its host the manifest's valid domain. */
  publicUrl?: string | undefined;
}

export interface TeamsPackage {
  manifest: TeamsManifest;
  zipBytes: Uint8Array;
}

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const guid = z.string().regex(GUID, 'must be a GUID');
const httpsUrl = z.string().regex(/^https:\/\/\S+$/, 'must be an https:// address');
const scope = z.enum(['personal', 'team', 'groupChat']);
const iconFile = z.string().regex(/^[\w.-]+\.png$/, 'must be the name of a .png file next to manifest.json');
const languageFile = z.string().regex(/^[\w.-]+\.json$/, 'must be the name of a .json file next to manifest.json');
const languageTag = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'must be a lower-case language tag such as es or es-mx');

/** The parts of the Teams manifest schema (v1.17) this package relies on; other fields pass through unchecked. */
const manifestSchema = z.looseObject({
  manifestVersion: z.string().regex(/^1\.\d+$/, 'must be a manifest version such as 1.17'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
  id: guid,
  developer: z.looseObject({ name: text(32), websiteUrl: httpsUrl, privacyUrl: httpsUrl, termsOfUseUrl: httpsUrl }),
  name: z.object({ short: text(30), full: text(100) }),
  description: z.object({ short: text(80), full: text(4000) }),
  icons: z.object({ color: iconFile, outline: iconFile }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1F4E79'),
  bots: z
    .array(
      z.looseObject({
        botId: guid,
        scopes: z.array(scope).min(1, 'must name at least one scope'),
        commandLists: z
          .array(
            z.object({
              scopes: z.array(scope).min(1, 'must name at least one scope'),
              commands: z
                .array(z.object({ title: text(32), description: text(128) }))
                .max(10, 'may list at most 10 commands'),
            }),
          )
          .max(3, 'may have at most 3 lists')
          .optional(),
      }),
    )
    .length(1, 'must list exactly one bot'),
  validDomains: z.array(z.string().min(1).max(2048)).max(16, 'may list at most 16 domains').optional(),
  localizationInfo: z
    .object({
      defaultLanguageTag: languageTag,
      additionalLanguages: z.array(z.object({ languageTag, file: languageFile })).max(16).optional(),
    })
    .optional(),
});

/**
 * A language file (Teams' localization schema): the app's name, descriptions and commands in one
 * more language, by the manifest path each replaces, held to the manifest's own limits.
 */
const localizationSchema = z
  .object({
    'name.short': text(30),
    'name.full': text(100),
    'description.short': text(80),
    'description.full': text(4000),
  })
  .catchall(z.string())
  .superRefine((strings, context) => {
    for (const [key, value] of Object.entries(strings)) {
      if (key === '$schema') continue;
      const limit = /\.title$/.test(key) ? 32 : /commands\[\d+\]\.description$/.test(key) ? 128 : undefined;
      if (!/^(name|description)\.(short|full)$|^bots\[0\]\.commandLists\[\d\]\.commands\[\d\]\.(title|description)$/.test(key)) {
        context.addIssue({ code: 'custom', path: [key], message: 'is not a field this package translates' });
      } else if (limit !== undefined && (value.trim() === '' || value.length > limit)) {
        context.addIssue({ code: 'custom', path: [key], message: `must be 1 to ${limit} characters` });
      }
    }
  });

export type TeamsManifest = z.output<typeof manifestSchema>;

const iconSizes = { color: 192, outline: 32 } as const;

/** Fills the manifest from the configuration, checks it and its icons, and zips the three files at the zip's root. */
export function buildTeamsPackage(input: TeamsPackageInput): TeamsPackage {
  const botId = input.microsoftAppId;
  if (!botId) throw new TeamsPackageError("Set MicrosoftAppId to the Azure Bot's application id (a GUID) to build the Teams app package.");
  if (!GUID.test(botId)) throw new TeamsPackageError("MicrosoftAppId must be the Azure Bot's application id (a GUID).");
  if (input.teamsAppId && !GUID.test(input.teamsAppId)) throw new TeamsPackageError('TEAMS_APP_ID must be the Teams app id (a GUID).');
  const appId = input.teamsAppId || botId;

  let template: unknown;
  try {
    template = JSON.parse(input.manifestText);
  } catch (error) {
    throw new TeamsPackageError(`manifest.json is not valid JSON: ${(error as Error).message}`);
  }
  const filled = fillPlaceholders(template, {
    MicrosoftAppId: botId,
    TeamsAppId: appId,
    PublicUrlHost: httpsHost(input.publicUrl),
  });
  const manifestJson = `${JSON.stringify(filled, null, 2)}\n`;
  if (manifestJson.includes('{{')) throw new TeamsPackageError('manifest.json still has a "{{" after filling its placeholders.');

  const result = manifestSchema.safeParse(filled);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'manifest'} ${issue.message}`);
    throw new TeamsPackageError(`manifest.json: ${problems.join('; ')}`);
  }
  const manifest = result.data;
  if (manifest.bots[0]?.botId.toLowerCase() !== botId.toLowerCase()) {
    throw new TeamsPackageError('manifest.json: bots.0.botId must be {{MicrosoftAppId}}, the Azure Bot\'s application id.');
  }

  const icons = {
    [manifest.icons.color]: checkIcon(input.files, manifest.icons.color, 'color'),
    [manifest.icons.outline]: checkIcon(input.files, manifest.icons.outline, 'outline'),
  };
  const languages = Object.fromEntries((manifest.localizationInfo?.additionalLanguages ?? []).map(({ file }) => [file, checkLanguageFile(input.files, file, manifest)]));
  const zipBytes = zipSync({ 'manifest.json': strToU8(manifestJson), ...icons, ...languages });
  return { manifest, zipBytes };
}

/** A language file the manifest names: present, valid JSON, within the limits, and translating only commands the manifest has. */
function checkLanguageFile(files: Readonly<Record<string, Uint8Array>>, name: string, manifest: TeamsManifest): Uint8Array {
  const bytes = Object.hasOwn(files, name) ? files[name] : undefined;
  if (!bytes) throw new TeamsPackageError(`manifest.json names the language file ${name}, which is not next to it.`);
  let strings: unknown;
  try {
    strings = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new TeamsPackageError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const result = localizationSchema.safeParse(strings);
  if (!result.success) throw new TeamsPackageError(`${name}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  const commands = manifest.bots[0]?.commandLists ?? [];
  for (const key of Object.keys(result.data)) {
    const [, list, command] = /commandLists\[(\d)\]\.commands\[(\d+)\]/.exec(key) ?? [];
    if (list !== undefined && !commands[Number(list)]?.commands[Number(command)]) throw new TeamsPackageError(`${name}: ${key} translates a command the manifest does not have.`);
  }
  return bytes;
}

function httpsHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Replaces `{{Name}}` in every string. An array item that is only a placeholder with no value is
 * dropped (so `"validDomains": ["{{PublicUrlHost}}"]` becomes `[]`); anywhere else a missing value is an error.
 */
function fillPlaceholders(value: unknown, values: Readonly<Record<string, string | undefined>>): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      if (!Object.hasOwn(values, name)) throw new TeamsPackageError(`manifest.json has an unknown placeholder {{${name}}}.`);
      const filled = values[name];
      if (filled === undefined) throw new TeamsPackageError(`manifest.json: {{${name}}} has no value here.`);
      return filled;
    });
  }
  if (Array.isArray(value)) {
    return value
      .filter((item) => {
        const only = typeof item === 'string' ? /^\{\{(\w+)\}\}$/.exec(item)?.[1] : undefined;
        return only === undefined || !Object.hasOwn(values, only) || values[only] !== undefined;
      })
      .map((item) => fillPlaceholders(item, values));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, values)]));
  }
  return value;
}

function checkIcon(files: Readonly<Record<string, Uint8Array>>, name: string, kind: keyof typeof iconSizes): Uint8Array {
  const bytes = Object.hasOwn(files, name) ? files[name] : undefined;
  if (!bytes) throw new TeamsPackageError(`The ${kind} icon ${name} (icons.${kind} in manifest.json) is missing.`);
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch {
    throw new TeamsPackageError(`The ${kind} icon ${name} is not a readable PNG image.`);
  }
  const size = iconSizes[kind];
  if (png.width !== size || png.height !== size) {
    throw new TeamsPackageError(`The ${kind} icon ${name} must be ${size}×${size} pixels, not ${png.width}×${png.height}.`);
  }
  if (kind === 'outline' && !onlyWhiteOrTransparent(png)) {
    throw new TeamsPackageError(`The outline icon ${name} may only have white and transparent pixels.`);
  }
  return bytes;
}

function onlyWhiteOrTransparent(png: PNG): boolean {
  for (let i = 0; i < png.data.length; i += 4) {
    const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
    if (!white && png.data[i + 3] !== 0) return false;
  }
  return true;
}
