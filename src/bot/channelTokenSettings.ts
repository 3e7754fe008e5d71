import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
/** Where channels' tokens come from (the configured TOBOTFROMCHANNEL… settings). */
export interface ChannelTokenConfig {
  ToBotFromChannelOpenIdMetadataUrl?: string | undefined;
  ToBotFromChannelTokenIssuer?: string | undefined;
}

/**
 * The ConfigurationBotFrameworkAuthentication settings for where channel tokens come from.
 * Once any of its endpoint settings is given, botbuilder stops filling in Azure's public cloud
 * for the others (replies, the Emulator and OAuth would break), so all of them are given here:
 * the two configured, the rest as the public cloud has them. Nothing set: nothing returned.
 */
export function channelTokenSettings(config: ChannelTokenConfig): Record<string, string> {
  if (!config.ToBotFromChannelOpenIdMetadataUrl && !config.ToBotFromChannelTokenIssuer) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: config.ToBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: config.ToBotFromChannelTokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
