import { existsSync } from 'node:fs';
import { z } from 'zod';

/** Empty strings (a key copied from .env.example with no value) count as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), schema);

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** An http(s) address, without a trailing slash. */
export const httpUrl = z
  .string()
  .url('must be a URL such as http://127.0.0.1:3978')
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
  .transform((value) => value.replace(/\/+$/, ''));

/** A CSP frame-ancestors source: 'self', or an http(s) origin (the host may start with `*.`). */
const FRAME_SOURCE = /^(?:'self'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

const channelList = z
  .string()
  .transform((value) => value.split(',').map((channel) => channel.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z0-9_-]+$/i, 'must be a comma-separated list of channel ids')));

/** Channels a taxpayer types into: whoever is on them can send any event, so none can be a hub. */
export const TAXPAYER_CHANNELS = ['webchat', 'directline', 'msteams', 'sms', 'emulator'] as const;

export const configSchema = z
  .object({
    PORT: withDefault(wholeNumber(0, 65535), 3978),
    HOST: withDefault(z.string().min(1), '0.0.0.0'),
    DATA_DIR: withDefault(z.string().min(1), './data'),
    DATABASE_URL: optional(
      z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL'),
    ),
    MicrosoftAppType: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), 'MultiTenant'),
    MicrosoftAppId: optional(z.guid('must be the bot registration\'s application id (a GUID)')),
    MicrosoftAppPassword: optional(z.string()),
    MicrosoftAppTenantId: optional(z.string().min(1)),
    TEAMS_APP_ID: optional(z.guid('must be the Teams app id (a GUID)')),
    DIRECT_LINE_SECRET: optional(z.string().min(10, 'looks too short to be a Direct Line secret')),
    DIRECT_LINE_DOMAIN: withDefault(httpUrl, 'https://directline.botframework.com/v3/directline'),
    TOKEN_SIGNING_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
    TOKEN_TTL_SECONDS: withDefault(wholeNumber(60, 86_400), 1800),
    PUBLIC_URL: optional(httpUrl),
    LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
    DRAIN_TIMEOUT_MS: withDefault(wholeNumber(0, 120_000), 10_000),
    HANDOFF_EVENT_CHANNELS: withDefault(channelList, 'directline,webchat'),
    HANDOFF_HUB_CHANNELS: withDefault(channelList, ''),
    SERVICE_URL_HOSTS: withDefault(
      z
        .string()
        .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
        .pipe(z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'must be a comma-separated list of host names such as channel.example.gov'))),
      '',
    ),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')),
    SMTP_FROM: withDefault(z.email('must be an e-mail address'), 'assistant@drs-assistant.invalid'),
    PRIORITY_ONE_NOTIFY_TO: optional(z.email('must be an e-mail address')),
    CONSOLE_ADMIN_USER: optional(z.string().min(3, 'must be at least 3 characters').max(64)),
    CONSOLE_ADMIN_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters')),
    RETENTION_DAYS: withDefault(wholeNumber(1, 3650), 90),
    RATE_LIMIT_PER_ADDRESS: withDefault(wholeNumber(1, 100_000), 600),
    RATE_LIMIT_PER_CONVERSATION: withDefault(wholeNumber(1, 10_000), 30),
    ToBotFromChannelOpenIdMetadataUrl: optional(httpUrl),
    ToBotFromChannelTokenIssuer: optional(z.string().min(1)),
    FRAME_ANCESTORS: withDefault(
      z
        .string()
        .transform((value) => value.split(/[\s,]+/).filter(Boolean))
        .pipe(z.array(z.string().regex(FRAME_SOURCE, "must be 'self' or origins such as https://portal.ct.gov, separated by spaces"))),
      '',
    ),
  })
  .superRefine((config, ctx) => {
    if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
    }
    if (Boolean(config.CONSOLE_ADMIN_USER) !== Boolean(config.CONSOLE_ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: ['CONSOLE_ADMIN_PASSWORD'], message: 'and CONSOLE_ADMIN_USER must be set together' });
    }
    if (config.HANDOFF_HUB_CHANNELS.length > 0 && !config.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['HANDOFF_HUB_CHANNELS'], message: 'needs MicrosoftAppId: a hub is trusted only on requests Azure Bot Service has signed' });
    }
    const taxpayerChannel = config.HANDOFF_HUB_CHANNELS.find((channel) => (TAXPAYER_CHANNELS as readonly string[]).includes(channel.toLowerCase()));
    if (taxpayerChannel) {
      ctx.addIssue({ code: 'custom', path: ['HANDOFF_HUB_CHANNELS'], message: `may not name ${taxpayerChannel}: taxpayers write on it, and hand-off status comes only from a contact-centre hub` });
    }
    if (config.MicrosoftAppId && config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
  });

export type Config = z.output<typeof configSchema> & {
  /** Where replies are posted back to and where the embedded channel says it lives. */
  publicUrl: string;
  /** The embedded Direct Line service runs when no Azure Direct Line secret is configured. */
  embeddedChannel: boolean;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Environment = Record<string, string | undefined>;

/** The schema's output, or one ConfigError naming every bad variable. */
function validated<T extends z.ZodType>(schema: T, env: Environment): z.output<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** Validates the environment; throws one ConfigError naming every bad variable. */
export function parseConfig(env: Environment): Config {
  const config = validated(configSchema, env);
  const localHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  return {
    ...config,
    publicUrl: config.PUBLIC_URL ?? `http://${localHost}:${config.PORT}`,
    embeddedChannel: config.DIRECT_LINE_SECRET === undefined,
  };
}

/** The environment with `.env` (when present) read into it; variables already set win. */
function readEnvironment(envFile: string): Environment {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return process.env;
}

/** Reads `.env` (when present) into the environment, then validates it. The only reader of process.env. */
export function loadConfig(envFile = '.env'): Config {
  return parseConfig(readEnvironment(envFile));
}

/** What the terminal chat takes from the environment: the port the server listens on (0, "any free port", cannot be dialled). */
const chatEnvironmentSchema = z.object({ PORT: withDefault(wholeNumber(1, 65535), 3978) });
export type ChatEnvironment = z.output<typeof chatEnvironmentSchema>;

export const parseChatEnvironment = (env: Environment): ChatEnvironment => validated(chatEnvironmentSchema, env);

/** The terminal chat's settings, from the environment and `.env` as the server reads them. */
export function loadChatEnvironment(envFile = '.env'): ChatEnvironment {
  return parseChatEnvironment(readEnvironment(envFile));
}
