import type { Request } from 'restify';
import { HttpError } from '../http/errors.js';

/** Throws a 403 for a request a browser sent from another site. */
export type SameOriginCheck = (req: Request) => void;

const refused = () => new HttpError('Forbidden', 'Cross-site requests are refused.');

const originOf = (url: string): string | undefined => {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
};

/**
 * Refuses state-changing console requests sent by a browser from another site: an `Origin`
 * that is not ours, or `Sec-Fetch-Site: cross-site`/`same-site` (another port or subdomain
 * counts as another site). Requests with neither header (curl, scripts, tests) pass: only
 * browsers carry the session cookie for someone else, and every current browser sends `Origin` on a POST.
 *
 * Ours are `ownOrigins()` (the base URL) and the origin the request was addressed to: its `Host`
 * over https always (only that host can serve such a page), over http only while no own origin
 * is https, so a plain-http page a network attacker forged cannot act on an https console.
 */
export function sameOriginGuard(ownOrigins: () => readonly string[]): SameOriginCheck {
  return (req) => {
    const fetchSite = req.header('sec-fetch-site');
    const origin = req.header('origin');
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw refused();
    if (!origin) return;
    const allowed = ownOrigins().map(originOf);
    const httpsSite = allowed.some((own) => own?.startsWith('https://'));
    const host = req.header('host');
    if (host) allowed.push(originOf(`https://${host}`), ...(httpsSite ? [] : [originOf(`http://${host}`)]));
    const from = originOf(origin);
    if (!from || !allowed.includes(from)) throw refused();
  };
}
