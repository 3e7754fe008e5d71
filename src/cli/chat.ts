import { loadChatEnvironment } from '../config.js';
import { chatSession } from './chatSession.js';

/**
 * Terminal chat with a running assistant through its embedded Direct Line (options: chatOptions.ts).
 *   npm run chat [-- --url http://127.0.0.1:PORT] [--channel webchat|sms|msteams]
 */
process.exitCode = await chatSession(process.argv.slice(2), {
  input: process.stdin,
  output: process.stdout,
  err: (text) => process.stderr.write(text),
  environment: () => loadChatEnvironment(),
});
