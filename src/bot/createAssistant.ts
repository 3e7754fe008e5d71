import { ConfigurationBotFrameworkAuthentication, ConversationState, UserState } from 'botbuilder';
import type { Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { smsRendering } from '../channels/render.js';
import type { Logger } from '../log.js';
import { AssistantAdapter } from './assistantAdapter.js';
import { redactInbound } from './redactInbound.js';
import { TaxAssistantBot } from './taxAssistantBot.js';
import { createTurnErrorHandler } from './turnErrorHandler.js';

export interface Assistant {
  adapter: AssistantAdapter;
  bot: TaxAssistantBot;
}

type AuthSettings = Pick<Config, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId'>;

/** The adapter (Bot Framework auth on when an app id is configured) and the bot, on durable state. */
export function createAssistant(config: AuthSettings, storage: Storage, logger: Logger): Assistant {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new AssistantAdapter(auth);
  adapter.use(redactInbound).use(smsRendering);
  adapter.onTurnError = createTurnErrorHandler(logger);
  const bot = new TaxAssistantBot(new ConversationState(storage), new UserState(storage));
  return { adapter, bot };
}
