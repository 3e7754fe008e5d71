import { parseArgs } from 'node:util';

/** `--port <n> --host <address>`: where a floor server listens (the bench picks a free port). */
export function listenOptions(): { port: number; host: string } {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' } } });
  return { port: Number(values.port), host: values.host };
}
