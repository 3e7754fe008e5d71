import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import restify from 'restify';
import { serveFloor } from './serveFloor.js';

/**
 * What botbuilder-dialogs costs by itself: the echo floor plus conversation state (in memory, no
 * database) and a dialog stack that runs one waterfall step a turn, as any dialog bot does.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new TextPrompt('text'));
dialogs.add(
  new WaterfallDialog('echo', [
    async (step) => step.prompt('text', { prompt: 'Say something.' }),
    async (step) => {
      await step.context.sendActivity(`echo: ${String(step.result)}`);
      return step.replaceDialog('echo');
    },
  ]),
);

class DialogFloorBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('echo');
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await conversationState.saveChanges(context);
  }
}

const bot = new DialogFloorBot();
const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.jsonBodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
serveFloor(server);
