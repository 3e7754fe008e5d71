import type { TurnContext } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';

/** Whether this turn's `handoff.status` comes from a contact-centre hub the deployment trusts. */
export type HubCheck = (context: TurnContext) => boolean;

export const noHub: HubCheck = () => false;

/**
 * A hub is a channel named in HANDOFF_HUB_CHANNELS whose request Azure Bot Service signed: its
 * token carries an issuer, which anonymous turns and the embedded channel's never do.
 */
export function configuredHubs(channels: readonly string[]): HubCheck {
  if (channels.length === 0) return noHub;
  return (context) => {
    if (!channels.includes(context.activity.channelId)) return false;
    const identity = context.turnState.get<ClaimsIdentity | undefined>(context.adapter.BotIdentityKey);
    return identity?.isAuthenticated === true && identity.claims.some((claim) => claim.type === 'iss' && Boolean(claim.value));
  };
}
