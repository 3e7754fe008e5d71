import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import type { BotToken } from '../../bot/embeddedChannelCredentials.js';

export interface TokenClaims {
  conversationId: string;
  userId: string;
}

export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(readonly reason: 'missing' | 'invalid' | 'expired' | 'wrong_conversation', message: string) {
    super(message);
  }
}

/** Issuer of every token the embedded channel signs (page, connector and delivery tokens). */
export const ISSUER = 'ct-taxpayer-assistant/directline';
const BOT_AUDIENCE = 'ct-taxpayer-assistant/connector';
const BOT_TOKEN_SECONDS = 300;

/** Conversation-scoped Direct Line tokens: HMAC-signed (HS256) JWTs that expire. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string, readonly ttlSeconds: number, private readonly now: () => number = Date.now) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expires_in: number }> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
    return { token, expires_in: this.ttlSeconds };
  }

  /** Reads `Authorization: Bearer …`; when `conversationId` is given the token must be scoped to it. */
  async verify(authorization: string | undefined, conversationId?: string): Promise<TokenClaims> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new TokenError('missing', 'Send a Direct Line token as "Authorization: Bearer <token>".');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: this.ttlSeconds,
        currentDate: new Date(this.now()),
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new TokenError('expired', 'The token has expired; get a new one.');
      throw new TokenError('invalid', 'The token is not valid.');
    }
    const claims = { conversationId: payload.conv, userId: payload.user };
    if (typeof claims.conversationId !== 'string' || typeof claims.userId !== 'string') {
      throw new TokenError('invalid', 'The token is not valid.');
    }
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new TokenError('wrong_conversation', 'The token is for a different conversation.');
    }
    return { conversationId: claims.conversationId, userId: claims.userId };
  }
}


/**
 * Short-lived tokens the bot presents when it posts to the embedded connector endpoints, so
 * nobody else can put words in the assistant's mouth. Signed with the same secret, different audience.
 */
export class BotTokenService {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly now: () => number = Date.now) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(): Promise<BotToken> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({ role: 'bot' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(BOT_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + BOT_TOKEN_SECONDS)
      .sign(this.key);
    return { token, expiresAt: (issuedAt + BOT_TOKEN_SECONDS) * 1000 };
  }

  async verify(authorization: string | undefined): Promise<void> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new TokenError('missing', 'The connector endpoints take the assistant\'s own token.');
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: BOT_AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: BOT_TOKEN_SECONDS,
        currentDate: new Date(this.now()),
      });
      if (payload.role !== 'bot') throw new Error('not a bot token');
    } catch {
      throw new TokenError('invalid', 'The token is not valid for the connector endpoints.');
    }
  }
}

/**
 * The configured signing secret, or one generated into `dataDir` on first start. Every instance
 * behind a load balancer must share it, so a multi-instance deployment configures it.
 */
export function resolveSigningSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'token-signing.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
