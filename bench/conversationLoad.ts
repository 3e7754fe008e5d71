import autocannon from 'autocannon';

/** One turn's text; called for every message sent, so a turn can rotate through a list. */
export type Said = () => string;

export interface LoadOptions {
  url: string;
  /** Simulated conversations at once: one keep-alive connection each, one turn at a time. */
  conversations: number;
  /** A conversation's turns; when they run out the connection starts a fresh conversation id. */
  script: readonly Said[];
  /**
   * Measure for this long, after `warmupSeconds` on the same connections (as a channel's
   * keep-alive pool holds them), which are not counted…
   */
  seconds?: number;
  warmupSeconds?: number;
  /** …or until this many turns have been answered, but for at most `maxSeconds`. */
  turns?: number;
  maxSeconds?: number;
  /** Conversation-id prefix, unique per run. */
  tag: string;
  timeoutSeconds?: number;
}

export interface LoadResult {
  seconds: number;
  /** Turns answered with 2xx and at least one message activity. */
  turns: number;
  turnsPerSecond: number;
  /** Conversations whose first turn got an answer. */
  conversations: number;
  /** Every answered request of the measured window, errors included. */
  latencyMs: { p50: number; p99: number; max: number };
  /** The first request on each new connection (in the warm-up when there is one). */
  coldConnectionMs: { p50: number; max: number; connections: number };
  errors: { non2xx: number; timeouts: number; connection: number; noMessage: number; total: number };
}

interface ConversationContext {
  conversationId?: string;
}

let nextConversation = 0;
let nextActivity = 0;

/** True when an expectReplies body holds at least one message activity. */
function hasMessage(body: string): boolean {
  try {
    const activities = (JSON.parse(body) as { activities?: { type?: unknown }[] }).activities;
    return Array.isArray(activities) && activities.some((activity) => activity?.type === 'message');
  } catch {
    return false;
  }
}

const percentile = (sorted: number[], q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2));

/**
 * Drives `/api/messages` with Bot Framework message activities (channel webchat, deliveryMode
 * expectReplies, so the replies come back in the response) from `conversations` simulated
 * conversations at once, each with its own conversation id, user id and fresh activity ids.
 */
export async function driveConversations(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const cold: number[] = [];
  const connected = new WeakSet<object>();
  let noMessage = 0;
  let answeredMeasured = 0;
  const warmupMs = (options.warmupSeconds ?? 0) * 1000;
  const measureFrom = performance.now() + warmupMs;
  const measuring = () => performance.now() >= measureFrom;
  let conversations = 0;
  const requests: autocannon.Request[] = options.script.map((said, turn) => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request, context) => {
      const state = context as ConversationContext;
      if (turn === 0 || !state.conversationId) state.conversationId = `${options.tag}-${(nextConversation += 1)}`;
      const activity = {
        type: 'message',
        id: `act-${(nextActivity += 1)}`,
        text: said(),
        channelId: 'webchat',
        deliveryMode: 'expectReplies',
        serviceUrl: options.url,
        conversation: { id: state.conversationId },
        from: { id: `user-${state.conversationId}`, name: 'Taxpayer' },
        recipient: { id: 'bot', name: 'Bot' },
        locale: 'en-US',
        timestamp: new Date().toISOString(),
      };
      return { ...request, body: JSON.stringify(activity) };
    },
    onResponse: (status, body) => {
      if (!measuring()) return;
      if (turn === 0) conversations += 1;
      if (status < 200 || status >= 300) return;
      if (hasMessage(body)) answeredMeasured += 1;
      else noMessage += 1;
    },
  }));

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.conversations,
        pipelining: 1,
        timeout: options.timeoutSeconds ?? 10,
        requests,
        ...(options.turns ? { amount: options.turns } : { duration: (options.seconds ?? 5) + warmupMs / 1000 }),
      },
      (error: unknown, done) => (error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(done)),
    );
    instance.on('response', (client, _status, _bytes, responseTime) => {
      if (!connected.has(client)) {
        connected.add(client);
        cold.push(responseTime);
      }
      if (measuring()) latencies.push(responseTime);
    });
    if (options.turns && options.maxSeconds) {
      const cap = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
      instance.once('done', () => clearTimeout(cap));
    }
  });

  latencies.sort((a, b) => a - b);
  cold.sort((a, b) => a - b);
  const seconds = Math.max(result.duration - warmupMs / 1000, 0.001);
  const connection = result.errors - result.timeouts;
  return {
    seconds: Number(seconds.toFixed(2)),
    turns: answeredMeasured,
    turnsPerSecond: Number((answeredMeasured / seconds).toFixed(1)),
    conversations,
    latencyMs: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: percentile(latencies, 1) },
    coldConnectionMs: { p50: percentile(cold, 0.5), max: percentile(cold, 1), connections: cold.length },
    errors: { non2xx: result.non2xx, timeouts: result.timeouts, connection, noMessage, total: result.non2xx + result.errors + noMessage },
  };
}
