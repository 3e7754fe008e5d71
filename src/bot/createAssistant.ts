import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotAdapter } from 'botbuilder';
import type { ConversationLog } from '../handoff/ports.js';
import type { Logger } from '../lib/log.js';
import type { SmsOptOuts } from '../privacy/ports.js';
import { smsRendering } from '../render/render.js';
import { AssistantAdapter } from './assistantAdapter.js';
import { channelTokenSettings } from './channelTokenSettings.js';
import type { ChannelTokenConfig } from './channelTokenSettings.js';
import { conversationLogMiddleware } from './conversationLog.js';
import { EmbeddedChannelCredentialsFactory } from './embeddedChannelCredentials.js';
import type { BotToken } from './embeddedChannelCredentials.js';
import { redactInbound } from './redactInbound.js';
import { smsOptOutMiddleware } from './smsOptOut.js';
import type { TaxAssistantBot } from './taxAssistantBot.js';
import { createTurnErrorHandler } from './turnErrorHandler.js';
import { turnGuard } from './turnGuard.js';
import type { TurnsInProgress } from './turnsInProgress.js';
import type { TurnGuardParts } from './turnGuard.js';

export interface Assistant {
  adapter: AssistantAdapter;
  bot: TaxAssistantBot;
  /** The turns running right now (a stop waits for them). */
  turns: TurnsInProgress;
}

/** The bot registration (MicrosoftApp… settings) and where channels' tokens come from. */
export interface AuthSettings extends ChannelTokenConfig {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppType: string;
  MicrosoftAppTenantId?: string | undefined;
}

/** How the bot proves itself to the embedded channel's connector endpoints. */
export interface EmbeddedChannelAccess {
  url: () => string;
  issueToken: () => Promise<BotToken>;
}

/** What every turn's middleware works with. */
export interface MiddlewareParts extends TurnGuardParts {
  optOuts: SmsOptOuts;
  /** Where every message in and out is kept (redacted) for hand-off cases. */
  conversationLog: ConversationLog;
}

/**
 * The middleware every turn passes through, in order: the turn guard (one turn per conversation
 * at a time, channel retries dropped); SMS opt-out, so nothing else sees or answers an opted-out
 * number; then redaction; then the conversation log (which so only ever sees redacted text); then
 * SMS rendering.
 */
export function useAssistantMiddleware(adapter: BotAdapter, parts: MiddlewareParts): void {
  adapter.use(turnGuard(parts)).use(smsOptOutMiddleware(parts.optOuts)).use(redactInbound).use(conversationLogMiddleware(parts.conversationLog)).use(smsRendering);
}

/** The CloudAdapter, with Bot Framework auth on when an app id is configured, and the turn-error handler. */
export function createAssistantAdapter(config: AuthSettings, logger: Logger, embeddedChannel?: EmbeddedChannelAccess): AssistantAdapter {
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
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}
