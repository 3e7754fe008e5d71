import restify from 'restify';
import { listenOptions } from './listenOptions.js';

/** The HTTP floor: restify parsing the JSON body and sending a fixed reply in the expectReplies shape. */
const REPLY = { activities: [{ type: 'message', text: 'ok' }] };

const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.jsonBodyParser());
server.post('/api/messages', async (_req, res) => {
  res.send(200, REPLY);
});
server.get('/ready', async (_req, res) => {
  res.send(200, { status: 'ready' });
});

const { port, host } = listenOptions();
server.listen(port, host);
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.server.closeAllConnections();
});
