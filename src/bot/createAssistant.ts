import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, ConversationState, UserState } from 'botbuilder';
import type { BotAdapter, Storage } from 'botbuilder';
import type { QuestionAnswerer } from '../../dialogs/faqResponder.js';
import type { Config } from '../config.js';
import type { KnowledgeLog } from '../kb/ports.js';
import { smsRendering } from '../render/render.js';
import { smsOptOutMiddleware } from './smsOptOut.js';
import type { SmsOptOuts } from './smsOptOut.js';
import type { Logger } from '../lib/log.js';
import type { BotToken } from '../channels/directline/tokens.js';
import { channelTokenSettings } from './channelTokenSettings.js';
import { AssistantAdapter } from './assistantAdapter.js';
import { EmbeddedChannelCredentialsFactory } from './embeddedChannelCredentials.js';
import { redactInbound } from './redactInbound.js';
import { TaxAssistantBot } from './taxAssistantBot.js';
import { createTurnErrorHandler } from './turnErrorHandler.js';
import { turnGuard } from './turnGuard.js';
import { configuredHubs } from './handoffHub.js';
import { conversationLogMiddleware } from './conversationLog.js';
import type { ConversationLog } from '../handoff/ports.js';
import type { HandoffDesk } from '../handoff/relay.js';
import { systemClock } from '../lib/clock.js';
import type { Clock } from '../lib/clock.js';

export interface Assistant {
  adapter: AssistantAdapter;
  bot: TaxAssistantBot;
}

type AuthSettings = Pick<
  Config,
  'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId' | 'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromChannelTokenIssuer'
>;

/** How the bot proves itself to the embedded channel's connector endpoints. */
export interface EmbeddedChannelAccess {
  url: () => string;
  issueToken: () => Promise<BotToken>;
}

/** The adapter (Bot Framework auth on when an app id is configured) and the bot, on durable state. */
export interface AssistantParts {
  storage: Storage;
  knowledge: QuestionAnswerer;
  knowledgeLog: KnowledgeLog;
  logger: Logger;
  optOuts: SmsOptOuts;
  /** Where every message in and out is kept (redacted) for hand-off cases. */
  conversationLog: ConversationLog;
  /** Writes hand-off cases and relays taxpayers' messages to them. */
  desk: HandoffDesk;
  clock?: Clock;
  embeddedChannel?: EmbeddedChannelAccess | undefined;
  /** Channels whose Azure-signed handoff.status events a case follows (HANDOFF_HUB_CHANNELS). */
  handoffHubChannels?: readonly string[];
}

/**
 * The middleware every turn passes through, in order: the turn guard (with `storage`: one turn per
 * conversation at a time, channel retries dropped); SMS opt-out, so nothing else sees or
 * answers an opted-out number; then redaction; then the conversation log (which so only ever sees
 * redacted text); then SMS rendering.
 */
export function useAssistantMiddleware(adapter: BotAdapter, parts: Pick<AssistantParts, 'optOuts' | 'conversationLog'> & Partial<Pick<AssistantParts, 'storage' | 'logger'>>): void {
  adapter.use(turnGuard(parts)).use(smsOptOutMiddleware(parts.optOuts)).use(redactInbound).use(conversationLogMiddleware(parts.conversationLog)).use(smsRendering);
}

export function createAssistant(config: AuthSettings, parts: AssistantParts): Assistant {
  const { storage, logger, embeddedChannel } = parts;
  const settings = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...channelTokenSettings(config),
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings,
    embeddedChannel ? new EmbeddedChannelCredentialsFactory(credentials, embeddedChannel.url, embeddedChannel.issueToken) : credentials,
  );
  const adapter = new AssistantAdapter(auth);
  useAssistantMiddleware(adapter, parts);
  adapter.onTurnError = createTurnErrorHandler(logger);
  const bot = new TaxAssistantBot(new ConversationState(storage), new UserState(storage), parts.knowledge, parts.knowledgeLog, parts.clock ?? systemClock, parts.desk, configuredHubs(parts.handoffHubChannels ?? []));
  return { adapter, bot };
}
