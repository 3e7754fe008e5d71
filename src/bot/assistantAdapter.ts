import { CloudAdapter } from 'botbuilder';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { AuthenticateRequestResult } from 'botframework-connector';

type TurnLogic = (context: TurnContext) => Promise<void>;

/** The claim that marks a turn delivered by the embedded channel (checked by its own token). */
export const EMBEDDED_CHANNEL_CLAIM = 'ct-embedded-channel';

/**
 * CloudAdapter whose authentication and turn entry points are exposed to our own `/api/messages`
 * route, so input validation, errors and logging are ours (the stock `process()` writes to the
 * console and returns error messages to the caller), and so the route can check what a request
 * proved before its turn runs.
 */
export class AssistantAdapter extends CloudAdapter {
  /** Bot Framework authentication of a channel's request (anonymous when no app id is configured). */
  authenticate(authHeader: string, activity: Activity): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** The identity of a delivery from the embedded channel, whose own token the route has checked. */
  embeddedChannelIdentity(botAppId: string): AuthenticateRequestResult {
    const claimsIdentity = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: botAppId },
        { type: AuthenticationConstants.AppIdClaim, value: botAppId },
        { type: EMBEDDED_CHANNEL_CLAIM, value: 'true' },
      ],
      true,
    );
    return {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      claimsIdentity,
      connectorFactory: this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
    };
  }

  handleActivity(authenticated: AuthenticateRequestResult, activity: Activity, logic: TurnLogic): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}
