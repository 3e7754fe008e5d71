import { ConversationState, UserState } from 'botbuilder';
import type { BotAdapter } from 'botbuilder';
import type { QuestionAnswerer } from '../../dialogs/faqResponder.js';
import { useAssistantMiddleware } from '../bot/createAssistant.js';
import type { HubCheck } from '../bot/handoffHub.js';
import { TaxAssistantBot } from '../bot/taxAssistantBot.js';
import { TurnHandoffDesk } from '../bot/turnHandoffDesk.js';
import { TurnsInProgress } from '../bot/turnsInProgress.js';
import { CaseRelay } from '../handoff/relay.js';
import type { HandoffSettings } from '../handoff/relay.js';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../lib/log.js';
import type { Stores } from './stores.js';

export interface AssistantInputs {
  stores: Pick<Stores, 'cases' | 'conversationLog' | 'caseEvents' | 'knowledgeLog' | 'satisfaction' | 'optOuts' | 'state' | 'processedActivities' | 'turnLocks'>;
  knowledge: QuestionAnswerer;
  clock: Clock;
  handoff: HandoffSettings;
  isFromHub: HubCheck;
  logger?: Logger | undefined;
}

export interface AssistantParts {
  bot: TaxAssistantBot;
  relay: CaseRelay;
  /** Adds the turn middleware, in order, to the adapter the bot runs on. */
  useMiddleware: (adapter: BotAdapter) => void;
  /** The turns running on that adapter right now. */
  turns: TurnsInProgress;
}

/** The bot, its hand-off desk and its middleware: the one wiring the server and the dialog tests share. */
export function composeAssistant({ stores, knowledge, clock, handoff, isFromHub, logger }: AssistantInputs): AssistantParts {
  const relay = new CaseRelay(stores.cases, stores.conversationLog, handoff, clock, stores.caseEvents);
  const bot = new TaxAssistantBot(new ConversationState(stores.state), new UserState(stores.state), knowledge, stores.knowledgeLog, clock, new TurnHandoffDesk(relay), isFromHub, stores.satisfaction);
  const turns = new TurnsInProgress();
  const useMiddleware = (adapter: BotAdapter) =>
    useAssistantMiddleware(adapter, {
      processed: stores.processedActivities,
      locks: stores.turnLocks,
      logger,
      turns,
      optOuts: stores.optOuts,
      conversationLog: stores.conversationLog,
    });
  return { bot, relay, useMiddleware, turns };
}
