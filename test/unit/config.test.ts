import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, parseConfig } from '../../src/config.js';

describe('parseConfig', () => {
  it('runs with no environment at all: embedded database and channel on port 3978', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      DATA_DIR: './data',
      MicrosoftAppType: 'MultiTenant',
      LOG_LEVEL: 'info',
      embeddedChannel: true,
      publicUrl: 'http://127.0.0.1:3978',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('treats empty values (copied from .env.example) as unset', () => {
    const config = parseConfig({ DATABASE_URL: '', MicrosoftAppId: '', PORT: '', PUBLIC_URL: '' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3978);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a number/],
    [{ PORT: '70000' }, /PORT must be at most 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ MicrosoftAppType: 'Personal' }, /MicrosoftAppType/],
    [{ MicrosoftAppId: 'not-a-guid' }, /MicrosoftAppId must be the bot registration's application id/],
    [{ MicrosoftAppId: '00000000-0000-0000-0000-000000000001' }, /MicrosoftAppPassword is required when MicrosoftAppId is set/],
    [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL must start with http/],
    [{ TOKEN_SIGNING_SECRET: 'short' }, /TOKEN_SIGNING_SECRET must be at least 32 characters/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('names every bad variable in one message', () => {
    expect(() => parseConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT.*; LOG_LEVEL/);
  });

  it('switches to Azure Direct Line when a secret is set, and keeps PUBLIC_URL without a trailing slash', () => {
    const config = parseConfig({ DIRECT_LINE_SECRET: 'a-direct-line-secret', PUBLIC_URL: 'https://bot.example.gov/' });
    expect(config.embeddedChannel).toBe(false);
    expect(config.publicUrl).toBe('https://bot.example.gov');
  });
});

describe('.env.example', () => {
  const lines = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');
  const keys = lines.filter((line) => /^[A-Za-z_]+=/.test(line)).map((line) => line.split('=')[0]);

  it('lists exactly the keys the configuration schema reads', () => {
    expect([...keys].sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('has a one-line comment above every key', () => {
    for (const key of keys) {
      const index = lines.findIndex((line) => line.startsWith(`${key}=`));
      expect(lines[index - 1], `comment for ${key}`).toMatch(/^# \S/);
    }
  });

  it('is itself a valid configuration', () => {
    const env = Object.fromEntries(lines.filter((line) => /^[A-Za-z_]+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2)));
    expect(() => parseConfig(env)).not.toThrow();
  });
});
