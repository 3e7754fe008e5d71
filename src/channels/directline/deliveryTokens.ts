import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import { ISSUER, TokenError } from './tokens.js';

const DELIVERY_AUDIENCE = 'ct-taxpayer-assistant/bot';
const DELIVERY_TOKEN_SECONDS = 60;

/** The parts of an activity a delivery token vouches for. */
export interface DeliveredActivity {
  channelId: string;
  conversation: { id: string };
}

/**
 * Tokens the embedded channel signs for each activity it hands to `/api/messages`, checked there as
 * Azure's channel tokens are: signed with the token secret, a minute long, for one conversation
 * and channel. Without one, nobody can speak in an embedded conversation.
 */
export class DeliveryTokenService {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly now: () => number = Date.now) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(activity: DeliveredActivity): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    return new SignJWT({ conv: activity.conversation.id, chan: activity.channelId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(DELIVERY_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + DELIVERY_TOKEN_SECONDS)
      .sign(this.key);
  }

  /**
   * False when `authorization` carries no token of this channel (none, or another issuer's, such
   * as Azure's); true when it carries a valid one for this activity; throws TokenError when it
   * carries one of ours that is forged, expired or for another conversation.
   */
  async verify(authorization: string | undefined, activity: DeliveredActivity): Promise<boolean> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token || issuerOf(token) !== ISSUER) return false;
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: DELIVERY_AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: DELIVERY_TOKEN_SECONDS,
        currentDate: new Date(this.now()),
      }));
    } catch {
      throw new TokenError('invalid', 'The delivery token is not valid.');
    }
    if (payload.conv !== activity.conversation.id || payload.chan !== activity.channelId) {
      throw new TokenError('wrong_conversation', 'The delivery token is for a different conversation.');
    }
    return true;
  }
}

function issuerOf(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}
