import { unescapeMarkdown } from '../render/literalMarkdown.js';

/** A small Direct Line 3.0 client (polling), as Web Chat uses it; for the terminal chat and tests. */
export interface DirectLineActivity {
  type: string;
  id?: string;
  text?: string;
  replyToId?: string;
  from?: { id?: string; name?: string; role?: string };
  attachments?: { contentType: string; content?: unknown }[];
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
  [field: string]: unknown;
}

export class DirectLineError extends Error {
  override readonly name = 'DirectLineError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class DirectLineClient {
  private watermark = '';
  private polling: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly baseUrl: string,
    public token: string,
    readonly conversationId: string,
    readonly userId: string,
  ) {}

  /** Gets a token from `/api/directline/token` and starts the conversation. */
  static async start(baseUrl: string, options: { userId?: string; channelId?: 'webchat' | 'sms' | 'msteams' } = {}): Promise<DirectLineClient> {
    const userId = options.userId ?? `cli-${Math.random().toString(36).slice(2, 10)}`;
    const ticket = await call<{ token: string; conversationId: string }>(baseUrl, 'POST', '/api/directline/token', undefined, {
      user: { id: userId },
      ...(options.channelId ? { channelId: options.channelId } : {}),
    });
    const started = await call<{ token: string; conversationId: string }>(baseUrl, 'POST', '/v3/directline/conversations', ticket.token);
    return new DirectLineClient(baseUrl, started.token, started.conversationId, userId);
  }

  /** Sends a message; resolves with its id once the assistant has finished the turn. */
  async send(text: string): Promise<string> {
    const { id } = await call<{ id: string }>(this.baseUrl, 'POST', this.path('/activities'), this.token, {
      type: 'message',
      from: { id: this.userId },
      text,
      locale: 'en-US',
      textFormat: 'plain',
    });
    return id;
  }

  /** Activities that arrived since the last call (calls queue up, so none is seen twice). */
  poll(): Promise<DirectLineActivity[]> {
    const next = this.polling.then(() => this.fetchNew());
    this.polling = next.catch(() => undefined);
    return next;
  }

  private async fetchNew(): Promise<DirectLineActivity[]> {
    const query = this.watermark ? `?watermark=${this.watermark}` : '';
    const page = await call<{ activities: DirectLineActivity[]; watermark: string }>(this.baseUrl, 'GET', this.path(`/activities${query}`), this.token);
    this.watermark = page.watermark ?? this.watermark;
    return page.activities;
  }

  /** Sends a message and returns the assistant's replies to it. */
  async ask(text: string): Promise<DirectLineActivity[]> {
    const id = await this.send(text);
    const activities = await this.poll();
    return activities.filter((activity) => activity.replyToId === id);
  }

  private path(suffix: string): string {
    return `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}${suffix}`;
  }
}

async function call<T>(baseUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new DirectLineError(response.status, `${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : {}) as T;
}

/** Everything a person would read in an activity: text, card text and button titles. */
export function readable(activity: DirectLineActivity): string {
  const parts: string[] = [];
  // Markdown shows its escapes as the characters they stand for; plain text is shown as it is.
  if (activity.text) parts.push(activity.textFormat === 'plain' ? activity.text : unescapeMarkdown(activity.text));
  for (const attachment of activity.attachments ?? []) {
    const content = (attachment.content ?? {}) as {
      title?: string;
      text?: string;
      buttons?: { title?: string }[];
      body?: { text?: string; facts?: { title: string; value: string }[] }[];
    };
    parts.push(...[content.title, content.text].filter((part): part is string => Boolean(part)));
    for (const block of content.body ?? []) {
      if (block.text) parts.push(unescapeMarkdown(block.text));
      for (const fact of block.facts ?? []) parts.push(`  ${fact.title}: ${unescapeMarkdown(fact.value)}`);
    }
    if (content.buttons?.length) parts.push(content.buttons.map((button, index) => `  [${index + 1}] ${button.title ?? ''}`).join('\n'));
  }
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length) parts.push(actions.map((action, index) => `  [${index + 1}] ${action.title ?? String(action.value)}`).join('\n'));
  return parts.join('\n');
}
