import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { ConfigError } from '../config.js';
import type { ChatEnvironment } from '../config.js';
import { CHAT_USAGE, ChatUsageError, parseChatOptions } from './chatOptions.js';
import { DirectLineClient, readable } from './directLineClient.js';
import type { DirectLineActivity } from './directLineClient.js';

/** What a chat session reads and writes: the process's own streams, or a test's. */
export interface ChatIo {
  input: Readable & { isTTY?: boolean };
  output: Writable;
  err(text: string): void;
  /** PORT and the rest, from the environment and `.env`, read only when no --url is given. */
  environment(): ChatEnvironment;
}

/**
 * A terminal chat with a running assistant through its embedded Direct Line, until the input ends
 * or the user types "exit". Returns the exit code: 0 done, 1 no assistant there, 2 a wrong argument.
 */
export async function chatSession(argv: readonly string[], io: ChatIo): Promise<number> {
  let parsed;
  try {
    parsed = parseChatOptions(argv, () => io.environment());
  } catch (error) {
    if (!(error instanceof ChatUsageError || error instanceof ConfigError)) throw error;
    io.err(`${error.message}\nSee "npm run chat -- --help".\n`);
    return 2;
  }
  const out = (text: string) => io.output.write(text);
  if (parsed === 'help') {
    out(CHAT_USAGE);
    return 0;
  }
  const { url, channel } = parsed;
  let client: DirectLineClient;
  try {
    client = await DirectLineClient.start(url, { channelId: channel });
  } catch (error) {
    io.err(`Could not reach the assistant at ${url}: ${(error as Error).message}\nStart it with "npm start", or give its address with --url.\n`);
    return 1;
  }

  const show = (activities: DirectLineActivity[]) => {
    for (const activity of activities) {
      if (activity.type !== 'message' || activity.from?.role === 'user') continue;
      out(`\nDRS: ${readable(activity).replace(/\n/g, '\n     ')}\n`);
    }
  };
  out(`Connected (${channel}). Type a message; "exit" or Ctrl+D quits.\n`);
  show(await client.poll());
  // Messages that come later (a representative's) are shown as they arrive.
  const timer = setInterval(() => {
    client.poll().then(show, () => undefined);
  }, 1500);
  const lines = createInterface({ input: io.input, output: io.output, terminal: Boolean(io.input.isTTY) });
  // The input may end (Ctrl+D, a file) while a reply is awaited: then there is nothing more to prompt for.
  let inputEnded = false;
  lines.once('close', () => (inputEnded = true));
  const prompt = () => inputEnded || lines.prompt();
  lines.setPrompt('\nyou> ');
  try {
    prompt();
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === 'exit' || line === 'quit') break;
      if (line) {
        await client.send(line);
        show(await client.poll());
      }
      prompt();
    }
  } finally {
    clearInterval(timer);
    lines.close();
  }
  return 0;
}
