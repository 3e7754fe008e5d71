/** Azure Bot Service's channel endpoints (public cloud, US Government, China) and Teams'. */
export const BOT_SERVICE_HOSTS = [
  'botframework.com',
  'botframework.azure.us',
  'botframework.azure.cn',
  'smba.trafficmanager.net',
  'teams.microsoft.com',
  'teams.microsoft.us',
] as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface ServiceUrlPolicyOptions {
  /** This server's own address (PUBLIC_URL): the embedded channel's connector. */
  ownUrl: () => string;
  /** Bot Framework authentication is on (MicrosoftAppId set). */
  botAuth: boolean;
  /** More channel hosts to trust, for a cloud the list does not know. */
  extraHosts?: readonly string[];
}

export interface ServiceUrlPolicy {
  /**
   * Whether the bot may post to `url`. `loopbackCaller` is false when the request that brought the
   * URL came from another machine, which may never point the bot at this machine's loopback.
   */
  allows(url: string, options?: { loopbackCaller?: boolean }): boolean;
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');
const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The one allow-list for where replies and representatives' messages go: checked when a channel's
 * `serviceUrl` arrives (and so before it is stored with a case) and again before every proactive
 * delivery. This server itself; with Bot Framework authentication, Azure Bot Service over https;
 * without it, only loopback, for the Bot Framework Emulator on this machine.
 */
export function serviceUrlPolicy(options: ServiceUrlPolicyOptions): ServiceUrlPolicy {
  const hosts = [...BOT_SERVICE_HOSTS, ...(options.extraHosts ?? [])].map((host) => host.toLowerCase());
  return {
    allows(url, { loopbackCaller = true } = {}) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (parsed.username || parsed.password) return false;
      if (withoutTrailingSlash(parsed.href) === withoutTrailingSlash(new URL(options.ownUrl()).href)) return true;
      const host = parsed.hostname.toLowerCase();
      if (options.botAuth) return parsed.protocol === 'https:' && hosts.some((domain) => isUnder(host, domain));
      return loopbackCaller && parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(host);
    },
  };
}
