import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DirectLineClient, readable } from './directLineClient.js';

/**
 * Terminal chat with a running assistant through its embedded Direct Line.
 *   npm run chat [-- --url http://127.0.0.1:3978] [--channel webchat|sms|msteams]
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3978' },
    channel: { type: 'string', default: 'webchat' },
  },
});
const channel = values.channel;
if (channel !== 'webchat' && channel !== 'sms' && channel !== 'msteams') {
  process.stderr.write('--channel must be webchat, sms or msteams\n');
  process.exit(2);
}

const client = await DirectLineClient.start(values.url.replace(/\/$/, ''), { channelId: channel }).catch((error: unknown) => {
  process.stderr.write(`Could not reach the assistant at ${values.url}: ${(error as Error).message}\nStart it with "npm start".\n`);
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
