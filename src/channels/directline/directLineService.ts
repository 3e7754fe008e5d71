import { randomBytes } from 'node:crypto';
import { redact } from '../../privacy/redact.js';
import { redactDeep } from '../../privacy/redactDeep.js';
import { HttpError } from '../../http/errors.js';
import type { BotEndpoint } from './botEndpoint.js';
import { newConversationId } from './conversationIds.js';
import { BotDeliveryError } from './botEndpoint.js';
import type { ActivityPage, ChannelActivity, DirectLineConversations } from './ports.js';
import { KeyedSerializer } from '../../lib/keyedSerializer.js';
import type { InboundActivity } from './schemas.js';
import type { TokenClaims, TokenService } from './tokens.js';

export interface DirectLineDeps {
  store: DirectLineConversations;
  tokens: TokenService;
  deliver: BotEndpoint;
  /** Where the bot posts its replies (this service's connector endpoints). */
  serviceUrl: () => string;
  bot: { id: string; name: string };
  now?: () => Date;
}

export interface ConversationTicket {
  conversationId: string;
  token: string;
  expires_in: number;
}

/**
 * The embedded Direct Line 3.0 channel: conversations, tokens, the activity log, and delivery
 * to the bot. One turn per conversation at a time on this instance.
 */
export class DirectLineService {
  private readonly turns = new KeyedSerializer();
  private readonly now: () => Date;

  constructor(private readonly deps: DirectLineDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** A new conversation and a token scoped to it. */
  async createConversation(user: { id?: string | undefined } | undefined, channelId = 'webchat', locale?: string): Promise<ConversationTicket> {
    const conversationId = newConversationId();
    const userId = user?.id ?? `dl_${randomBytes(9).toString('base64url').replace(/_/g, '-')}`;
    await this.deps.store.create({ id: conversationId, userId, channelId, locale });
    return { conversationId, ...(await this.deps.tokens.issue({ conversationId, userId })) };
  }

  /**
   * `POST /v3/directline/conversations`: starts the token's conversation (once) and tells the bot
   * who joined, except on emulated SMS, which has no conversationUpdate.
   */
  async startConversation(claims: TokenClaims): Promise<ConversationTicket> {
    const conversation = await this.requireConversation(claims.conversationId);
    if ((await this.deps.store.markStarted(conversation.id)) && conversation.channelId !== 'sms') {
      const update: ChannelActivity = {
        type: 'conversationUpdate',
        channelId: conversation.channelId,
        ...(conversation.locale ? { locale: conversation.locale } : {}),
        from: { id: conversation.userId, role: 'user' },
        membersAdded: [
          { id: this.deps.bot.id, name: this.deps.bot.name },
          { id: conversation.userId },
        ],
      };
      await this.turns.run(conversation.id, () => this.deliver(conversation.id, update));
    }
    return this.refresh(claims);
  }

  /** The page coming back (a reload): a fresh token for its conversation, if that still exists. */
  async rejoin(claims: TokenClaims): Promise<ConversationTicket> {
    await this.requireConversation(claims.conversationId);
    return this.refresh(claims);
  }

  /** A fresh token for the same conversation and user. */
  async refresh(claims: TokenClaims): Promise<ConversationTicket> {
    return { conversationId: claims.conversationId, ...(await this.deps.tokens.issue(claims)) };
  }

  /** Stores what the page sent (redacted), hands it to the bot and waits for the turn to finish. */
  async postActivity(claims: TokenClaims, input: InboundActivity): Promise<{ id: string }> {
    const conversation = await this.requireConversation(claims.conversationId);
    if (input.type === 'typing') return { id: `${conversation.id}|typing` };
    if (input.type === 'event' && input.name?.toLowerCase().startsWith('handoff.')) {
      throw new HttpError('Forbidden', 'Hand-off events come from a contact-centre hub, not from the chat page.');
    }
    const { text, value, attachments, from, ...rest } = input;
    const activity: ChannelActivity = {
      ...rest,
      ...(text === undefined ? {} : { text: redact(text) }),
      ...(value === undefined ? {} : { value: redactDeep(value) }),
      ...(attachments === undefined ? {} : { attachments: redactDeep(attachments) }),
      channelId: conversation.channelId,
      from: { id: claims.userId, ...(from?.name ? { name: redact(from.name) } : {}), role: 'user' },
    };
    const clientActivityId = input.channelData?.clientActivityID;
    return this.turns.run(conversation.id, async () => {
      // A page retrying a post it got no answer to: the same message once, its turn finished if a crash cut it off.
      const earlier = clientActivityId ? await this.deps.store.findFromPage(conversation.id, clientActivityId) : undefined;
      const stored = earlier ?? (await this.deps.store.append(conversation.id, activity, this.now()));
      await this.deliver(conversation.id, stored);
      return { id: stored.id ?? '' };
    });
  }

  async listActivities(conversationId: string, watermark: number): Promise<ActivityPage> {
    await this.requireConversation(conversationId);
    return this.deps.store.listAfter(conversationId, watermark);
  }

  /** The bot's reply or proactive message, posted through the connector endpoints. */
  async acceptFromBot(conversationId: string, activity: ChannelActivity, replyToId?: string): Promise<{ id: string }> {
    await this.requireConversation(conversationId);
    const { serviceUrl: _serviceUrl, recipient: _recipient, ...visible } = activity;
    const stored = await this.deps.store.append(
      conversationId,
      { ...visible, ...(replyToId && !visible.replyToId ? { replyToId } : {}) },
      this.now(),
    );
    return { id: stored.id ?? '' };
  }

  private async deliver(conversationId: string, activity: ChannelActivity): Promise<void> {
    const toBot: ChannelActivity = {
      ...activity,
      id: activity.id ?? `${conversationId}|update-${randomBytes(4).toString('hex')}`,
      timestamp: activity.timestamp ?? this.now().toISOString(),
      serviceUrl: this.deps.serviceUrl(),
      conversation: { id: conversationId },
      recipient: { id: this.deps.bot.id, name: this.deps.bot.name, role: 'bot' },
    };
    try {
      await this.deps.deliver(toBot);
    } catch (error) {
      if (error instanceof BotDeliveryError) throw new HttpError('BotError', error.message);
      throw error;
    }
  }

  private async requireConversation(conversationId: string) {
    const conversation = await this.deps.store.get(conversationId);
    if (!conversation) throw new HttpError('NotFound', 'Conversation not found.');
    return conversation;
  }
}
