// Live updates from GET /api/console/events (Server-Sent Events). EventSource reconnects by itself after a
// dropped connection; when the server refuses the stream outright (signed out, say) it gives up, so we try again.
import type { ConsoleEvent } from '../contract/consoleEvents.js';

export interface EventHandlers {
  onEvent(event: ConsoleEvent): void;
  /** Connected, or connected again: anything may have changed while we were away. */
  onOpen(): void;
  /** Lost the connection; `closed` when EventSource will not retry by itself. */
  onTrouble(closed: boolean): void;
}

export class LiveEvents {
  private source: EventSource | undefined;
  private retry: number | undefined;

  constructor(private readonly handlers: EventHandlers) {}

  start(): void {
    this.stop();
    const source = new EventSource('/api/console/events');
    this.source = source;
    source.onopen = () => this.handlers.onOpen();
    source.onmessage = (message: MessageEvent<string>) => {
      let event: ConsoleEvent;
      try {
        event = JSON.parse(message.data) as ConsoleEvent;
      } catch {
        return;
      }
      this.handlers.onEvent(event);
    };
    source.onerror = () => {
      const closed = source.readyState === EventSource.CLOSED;
      this.handlers.onTrouble(closed);
      if (closed && this.source === source) this.retry = window.setTimeout(() => this.start(), 5_000);
    };
  }

  stop(): void {
    window.clearTimeout(this.retry);
    this.source?.close();
    this.source = undefined;
  }
}
