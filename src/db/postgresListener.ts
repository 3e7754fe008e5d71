import pg from 'pg';

type Handler = (payload: string) => void;

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * One connection, outside the pool, holding every LISTEN of this process. When the server drops
 * it, it reconnects (every second until it can) and listens again; notifications sent while it
 * was away are lost, so listeners should treat events as hints and re-read the database.
 */
export class PostgresListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly handlers = new Map<string, Set<Handler>>();
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly connectionString: string) {}

  async listen(channel: string, onPayload: Handler): Promise<() => Promise<void>> {
    const client = await this.connected();
    const handlers = this.handlers.get(channel) ?? new Set<Handler>();
    if (handlers.size === 0) await client.query(`listen ${quoteIdentifier(channel)}`);
    handlers.add(onPayload);
    this.handlers.set(channel, handlers);
    return async () => {
      handlers.delete(onPayload);
      if (handlers.size === 0 && this.client && !this.closed) await this.client.query(`unlisten ${quoteIdentifier(channel)}`).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`listen ${quoteIdentifier(channel)}`);
    this.client = client;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    const again = () => {
      if (this.closed) return;
      this.connected().catch(() => (this.retry = setTimeout(again, 1000)));
    };
    this.retry = setTimeout(again, 1000);
  }
}
