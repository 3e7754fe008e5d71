import type { Request } from 'restify';

const conversationIds = new WeakMap<Request, string>();

/** Remembers which conversation a request belongs to, for its log line. */
export function tagConversation(req: Request, conversationId: string): void {
  conversationIds.set(req, conversationId);
}

export function conversationOf(req: Request): string | undefined {
  return conversationIds.get(req);
}
