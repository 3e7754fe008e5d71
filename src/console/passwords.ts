import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** scrypt cost: N=2^15, r=8, p=1 (32 MiB, about 0.1 s). Stored with each hash, so it can be raised later. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 32_768, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Refuses stored parameters that would tie up the server (a damaged or hostile row). */
const MAX_N = 1_048_576;

const derive = (password: string, salt: Buffer, keyBytes: number, cost: ScryptCost) =>
  new Promise<Buffer>((resolve, reject) => {
    const maxmem = 256 * cost.N * cost.r + 1024 * 1024;
    scrypt(password.normalize('NFC'), salt, keyBytes, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** A well-formed hash no password matches: checking it costs what checking a real one of `cost` does. */
export const unmatchableHash = (cost: ScryptCost) =>
  ['scrypt', cost.N, cost.r, cost.p, Buffer.alloc(SALT_BYTES).toString('base64'), Buffer.alloc(KEY_BYTES).toString('base64')].join('$');

export const UNMATCHABLE_HASH = unmatchableHash(DEFAULT_SCRYPT_COST);

function parseHash(stored: string) {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || !salt || !hash) return undefined;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const sane = Number.isInteger(cost.N) && cost.N > 1 && cost.N <= MAX_N && (cost.N & (cost.N - 1)) === 0
    && Number.isInteger(cost.r) && cost.r >= 1 && cost.r <= 32
    && Number.isInteger(cost.p) && cost.p >= 1 && cost.p <= 16;
  const key = Buffer.from(hash, 'base64');
  if (!sane || key.length < 16 || key.length > 64) return undefined;
  return { cost, salt: Buffer.from(salt, 'base64'), key };
}

/** True when `password` matches `stored`; false for a wrong password or a hash this code cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}
