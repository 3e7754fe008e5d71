/** The fields of an incoming activity a conversation reference is made from. */
export interface ReferenceSource {
  channelId: string;
  serviceUrl: string;
  locale?: string | undefined;
  conversation: { id: string; conversationType?: string | undefined; tenantId?: string | undefined; isGroup?: boolean | undefined };
  from: { id: string; role?: string | undefined };
  recipient: { id: string; name?: string | undefined };
}

const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const stringOr = (value: unknown) => (typeof value === 'string' && value.length <= 256 ? value : undefined);

/**
 * What a proactive message needs to reach the conversation again, and nothing else a channel or a
 * caller sent beside it (conversation names, extra properties on `from`): stored with the case.
 */
export function deliveryReference(activity: ReferenceSource): Record<string, unknown> {
  const { conversation, from, recipient } = activity;
  const defined = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  return defined({
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    locale: activity.locale && LOCALE.test(activity.locale) ? activity.locale : undefined,
    conversation: defined({
      id: conversation.id,
      conversationType: stringOr(conversation.conversationType),
      tenantId: stringOr(conversation.tenantId),
      isGroup: typeof conversation.isGroup === 'boolean' ? conversation.isGroup : undefined,
    }),
    user: defined({ id: from.id, role: stringOr(from.role) }),
    bot: defined({ id: recipient.id }),
  });
}
