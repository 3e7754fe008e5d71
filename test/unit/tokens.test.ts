import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotTokenService, TokenError, TokenService, resolveSigningSecret } from '../../src/channels/directline/tokens.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-000000';

describe('TokenService', () => {
  it('issues a token that verifies for its own conversation', async () => {
    const tokens = new TokenService(SECRET, 1800);
    const { token, expires_in } = await tokens.issue({ conversationId: 'c1', userId: 'u1' });
    expect(expires_in).toBe(1800);
    await expect(tokens.verify(`Bearer ${token}`, 'c1')).resolves.toEqual({ conversationId: 'c1', userId: 'u1' });
  });

  it.each([
    ['missing', undefined],
    ['invalid', 'Bearer not.a.token'],
    ['missing', 'Basic abc'],
  ])('reports %s for %j', async (reason, header) => {
    const tokens = new TokenService(SECRET, 1800);
    await expect(tokens.verify(header)).rejects.toMatchObject({ reason });
  });

  it('refuses another conversation, another key, a tampered payload and an expired token', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const tokens = new TokenService(SECRET, 60, () => now);
    const { token } = await tokens.issue({ conversationId: 'c1', userId: 'u1' });
    await expect(tokens.verify(`Bearer ${token}`, 'c2')).rejects.toMatchObject({ reason: 'wrong_conversation' });
    await expect(new TokenService(`${SECRET}x`, 60, () => now).verify(`Bearer ${token}`)).rejects.toMatchObject({ reason: 'invalid' });
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), conv: 'c2' })).toString('base64url');
    await expect(tokens.verify(`Bearer ${header}.${forged}.${signature}`, 'c2')).rejects.toMatchObject({ reason: 'invalid' });
    now += 61_000;
    await expect(tokens.verify(`Bearer ${token}`, 'c1')).rejects.toBeInstanceOf(TokenError);
    await expect(tokens.verify(`Bearer ${token}`, 'c1')).rejects.toMatchObject({ reason: 'expired' });
  });
});

describe('BotTokenService', () => {
  it('accepts its own tokens until they expire, and never a user token (nor the reverse)', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const bot = new BotTokenService(SECRET, () => now);
    const users = new TokenService(SECRET, 1800, () => now);
    const { token, expiresAt } = await bot.issue();
    expect(expiresAt).toBe(now + 300_000);
    await expect(bot.verify(`Bearer ${token}`)).resolves.toBeUndefined();
    const userToken = (await users.issue({ conversationId: 'c1', userId: 'u1' })).token;
    await expect(bot.verify(`Bearer ${userToken}`)).rejects.toMatchObject({ reason: 'invalid' });
    await expect(users.verify(`Bearer ${token}`)).rejects.toMatchObject({ reason: 'invalid' });
    await expect(bot.verify(undefined)).rejects.toMatchObject({ reason: 'missing' });
    now += 301_000;
    await expect(bot.verify(`Bearer ${token}`)).rejects.toMatchObject({ reason: 'invalid' });
  });
});

describe('resolveSigningSecret', () => {
  it('prefers the configured secret', () => {
    expect(resolveSigningSecret('configured', '/nonexistent')).toBe('configured');
  });

  it('generates one into the data folder on first start and reuses it', () => {
    const dir = join(scratchDirectory('secret-'), 'data');
    const first = resolveSigningSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(resolveSigningSecret(undefined, dir)).toBe(first);
    const file = join(dir, 'token-signing.secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});
