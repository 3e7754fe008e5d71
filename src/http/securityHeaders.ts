import { randomBytes } from 'node:crypto';
import type { Next, Request, RequestHandler, Response } from 'restify';

/** Who may show our pages in a frame: CSP `frame-ancestors` sources; empty for nobody. */
export type FrameAncestors = readonly string[];

/** For every response: no MIME sniffing, no referrer, and nothing a JSON answer could run or load. */
export const baseSecurityHeaders: RequestHandler = (_req: Request, res: Response, next: Next) => {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  return next();
};

/**
 * The hash of an empty `<style>`: react-scroll-to-bottom, inside Web Chat 4.18, adds one without
 * Web Chat's nonce and fills it through the CSSOM. Only empty markup matches, so nothing inline gets in.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export interface PagePolicy {
  /** Extra `connect-src` sources (an Azure Direct Line endpoint); the page's own origin is always allowed. */
  connect?: readonly string[];
  /** Allows `<style>` elements carrying this nonce, and empty ones (Web Chat's CSS-in-JS). */
  styleNonce?: string;
  /** Sources for `img-src` besides 'self'. */
  images?: readonly string[];
  frameAncestors: FrameAncestors;
}

/** Headers for an HTML page: a CSP with scripts from this origin only (never inline), and framing as configured. */
export function pageSecurityHeaders(policy: PagePolicy): Record<string, string> {
  const ancestors = policy.frameAncestors.length > 0 ? policy.frameAncestors.join(' ') : "'none'";
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    ['style-src', "'self'", ...(policy.styleNonce ? [`'nonce-${policy.styleNonce}'`, EMPTY_STYLE_HASH] : [])].join(' '),
    ['img-src', "'self'", ...(policy.images ?? [])].join(' '),
    ['connect-src', "'self'", ...(policy.connect ?? [])].join(' '),
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // X-Frame-Options cannot name origins; it only backs up 'none' for old browsers.
    ...(policy.frameAncestors.length === 0 ? { 'x-frame-options': 'DENY' } : {}),
  };
}

/** A fresh CSP nonce for one response. */
export const newNonce = (): string => randomBytes(16).toString('base64');

/** `connect-src` sources for a Direct Line endpoint elsewhere (https and, for its WebSocket, wss); none for this server. */
export function directLineSources(domain: string): string[] {
  if (!/^https?:\/\//i.test(domain)) return [];
  const { origin, protocol, host } = new URL(domain);
  return [origin, `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`];
}
