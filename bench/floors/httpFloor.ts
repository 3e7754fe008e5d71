import restify from 'restify';
import { serveFloor } from './serveFloor.js';

/** The HTTP floor: restify parsing the JSON body and sending a fixed reply in the expectReplies shape. */
const REPLY = { activities: [{ type: 'message', text: 'ok' }] };

const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.jsonBodyParser());
server.post('/api/messages', async (_req, res) => {
  res.send(200, REPLY);
});
serveFloor(server);
