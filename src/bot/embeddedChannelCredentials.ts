import { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { ServiceClientCredentials } from 'botframework-connector';

/** A token the embedded channel issues to the bot. */
export interface BotToken {
  token: string;
  /** Epoch milliseconds after which a new token is needed. */
  expiresAt: number;
}

type WebResource = Parameters<ServiceClientCredentials['signRequest']>[0];

/**
 * Wraps the bot's credentials so that requests to the embedded channel's connector endpoints
 * carry the assistant's own short-lived token; every other channel gets the usual credentials.
 */
export class EmbeddedChannelCredentialsFactory extends ServiceClientCredentialsFactory {
  private cached: BotToken | undefined;

  constructor(
    private readonly inner: ServiceClientCredentialsFactory,
    private readonly channelUrl: () => string,
    private readonly issueToken: () => Promise<BotToken>,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  isValidAppId(appId: string): Promise<boolean> {
    return this.inner.isValidAppId(appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return this.inner.isAuthenticationDisabled();
  }

  async createCredentials(appId: string, audience: string | undefined, loginEndpoint: string, validateAuthority: boolean): Promise<ServiceClientCredentials> {
    const credentials = await this.inner.createCredentials(appId, audience, loginEndpoint, validateAuthority);
    return {
      signRequest: async (resource: WebResource) => {
        if (!resource.url.startsWith(`${this.channelUrl()}/v3/conversations/`)) return credentials.signRequest(resource);
        resource.headers.set('authorization', `Bearer ${await this.token()}`);
        return resource;
      },
    };
  }

  private async token(): Promise<string> {
    if (!this.cached || this.cached.expiresAt - this.now() < 60_000) this.cached = await this.issueToken();
    return this.cached.token;
  }
}
