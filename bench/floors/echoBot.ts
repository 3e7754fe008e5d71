import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { serveFloor } from './serveFloor.js';

/**
 * The floor this SDK allows: CloudAdapter without an app id (so no auth) behind restify, no state,
 * no middleware; answers every message with `echo: <text>`.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.jsonBodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text}`);
  });
});
serveFloor(server);
