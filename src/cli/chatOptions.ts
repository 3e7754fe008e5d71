import { parseArgs } from 'node:util';
import { z } from 'zod';
import { httpUrl } from '../config.js';
import type { ChatEnvironment } from '../config.js';

export const CHAT_CHANNELS = ['webchat', 'sms', 'msteams'] as const;
export type ChatChannel = (typeof CHAT_CHANNELS)[number];

export interface ChatOptions {
  /** The assistant's address, without a trailing slash. */
  url: string;
  channel: ChatChannel;
}

export const CHAT_USAGE = `Terminal chat with a running assistant, through its Direct Line.

Usage: npm run chat -- [--channel webchat|sms|msteams] [--url <address>]

  --channel  how replies look: webchat (default), sms (plain text, numbered
             choices) or msteams (cards)
  --url      the assistant's address; default http://127.0.0.1:PORT, with PORT
             from the environment or .env as the server reads it (else 3978)
  -h, --help this text
`;

/** A command line the chat cannot run with; the message says what to change. */
export class ChatUsageError extends Error {
  override readonly name = 'ChatUsageError';
}

const argumentsSchema = z.object({
  url: httpUrl.optional(),
  channel: z.enum(CHAT_CHANNELS, { message: 'must be webchat, sms or msteams' }).default('webchat'),
  help: z.boolean().default(false),
});

/** The arguments as node's parser reads them, or a ChatUsageError with its first sentence ("Unknown option '--port'"). */
function readArguments(argv: readonly string[]): Record<string, unknown> {
  try {
    return parseArgs({
      args: [...argv],
      options: { url: { type: 'string' }, channel: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (error) {
    throw new ChatUsageError((error as Error).message.split('. ')[0] ?? 'Invalid arguments');
  }
}

/**
 * The chat's options from its arguments; `help` when asked for. The environment (PORT) is read
 * only when no `--url` is given, so a stray PORT never blocks an explicit address.
 */
export function parseChatOptions(argv: readonly string[], environment: () => ChatEnvironment): ChatOptions | 'help' {
  const result = argumentsSchema.safeParse(readArguments(argv));
  if (!result.success) {
    throw new ChatUsageError(result.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; '));
  }
  const { url, channel, help } = result.data;
  if (help) return 'help';
  return { url: url ?? `http://127.0.0.1:${environment().PORT}`, channel };
}
