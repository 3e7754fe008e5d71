import { createInterface } from 'node:readline/promises';
import { ConfigError, loadChatEnvironment } from '../config.js';
import { CHAT_USAGE, ChatUsageError, parseChatOptions } from './chatOptions.js';
import type { ChatOptions } from './chatOptions.js';
import { DirectLineClient, readable } from './directLineClient.js';

/**
 * Terminal chat with a running assistant through its embedded Direct Line (options: chatOptions.ts).
 *   npm run chat [-- --url http://127.0.0.1:PORT] [--channel webchat|sms|msteams]
 */
function options(): ChatOptions {
  try {
    const parsed = parseChatOptions(process.argv.slice(2), loadChatEnvironment);
    if (parsed !== 'help') return parsed;
    process.stdout.write(CHAT_USAGE);
    process.exit(0);
  } catch (error) {
    if (!(error instanceof ChatUsageError || error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee "npm run chat -- --help".\n`);
    process.exit(2);
  }
}

const { url, channel } = options();

const client = await DirectLineClient.start(url, { channelId: channel }).catch((error: unknown) => {
  process.stderr.write(`Could not reach the assistant at ${url}: ${(error as Error).message}\nStart it with "npm start", or give its address with --url.\n`);
  process.exit(1);
});

const show = (activities: Awaited<ReturnType<DirectLineClient['poll']>>) => {
  for (const activity of activities) {
    if (activity.type !== 'message' || activity.from?.role === 'user') continue;
    process.stdout.write(`\nDRS: ${readable(activity).replace(/\n/g, '\n     ')}\n`);
  }
};

process.stdout.write(`Connected (${channel}). Type a message; "exit" or Ctrl+D quits.\n`);
show(await client.poll());
const timer = setInterval(() => {
  client.poll().then(show, () => undefined);
}, 1500);
const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
input.setPrompt('\nyou> ');
input.prompt();
for await (const raw of input) {
  const line = raw.trim();
  if (line === 'exit' || line === 'quit') break;
  if (line) {
    await client.send(line);
    show(await client.poll());
  }
  input.prompt();
}
clearInterval(timer);
input.close();
