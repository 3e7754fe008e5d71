import type { Request } from 'restify';
import { isLoopbackAddress } from './loopback.js';

const idOf = (activity: { id?: unknown; conversation?: unknown } | undefined): string | undefined => {
  const conversationId = (activity?.conversation as { id?: unknown } | undefined)?.id;
  return typeof conversationId === 'string' && typeof activity?.id === 'string' ? `${conversationId}\n${activity.id}` : undefined;
};

/**
 * Remembers the activities the embedded Direct Line is delivering to `/api/messages` right now,
 * so the rate limits, which already counted them where the user posted them, do not count them
 * again under the server's own loopback address. Conversation ids are unguessable, so a caller
 * cannot pass its requests off as one of these.
 */
export class OwnDeliveries {
  private readonly pending = new Set<string>();

  /** Wraps the embedded channel's delivery function. */
  track<A extends { id?: unknown; conversation?: unknown }>(deliver: (activity: A) => Promise<void>): (activity: A) => Promise<void> {
    return async (activity) => {
      const id = idOf(activity);
      if (id) this.pending.add(id);
      try {
        await deliver(activity);
      } finally {
        if (id) this.pending.delete(id);
      }
    };
  }

  /** True for a request carrying one of those deliveries. */
  has(req: Request): boolean {
    const id = idOf(req.body as { id?: unknown; conversation?: unknown } | undefined);
    return id !== undefined && this.pending.has(id) && isLoopbackAddress(req.socket.remoteAddress);
  }
}
