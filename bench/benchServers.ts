import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/fixtures/serverProcess.js';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Node flags every measured server starts with (the `npm start` ones). */
export const NODE_FLAGS = ['--max-old-space-size=256', '--liftoff-only'];

export interface StartOptions {
  /** The Node binary (this process's by default). */
  node?: string;
  /** Compiled entry point, relative to the project root. */
  script: string;
  args?: string[];
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof) before the script. */
  nodeFlags?: string[];
  /** Working directory (the assistant runs in its temp dir, so no `.env` is read). */
  cwd: string;
}

export interface RunningServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Spawn to the first 200 from GET /ready. */
  startToReadyMs: number;
  exited: Promise<number | null>;
  /** The end of what the server wrote to stdout and stderr. */
  output: () => string;
  /** Log lines so far that were warnings (pino level 40) and errors (50 and up). */
  logged: () => { warnings: number; errors: number };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Servers still running when the bench ends (an error, Ctrl-C) go with it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function readyStatus(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/ready`);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Spawns `<node> <flags> <script>` with PORT/--port set, and polls /ready until it answers 200. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(options.node ?? process.execPath, [...NODE_FLAGS, ...(options.nodeFlags ?? []), `${projectRoot}${options.script}`, ...(options.args ?? []).map((arg) => arg.replace('{port}', String(port)))], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let partial = '';
  const logged = { warnings: 0, errors: 0 };
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const level = Number(/"level":(\d+)/.exec(line)?.[1]);
      if (level === 40) logged.warnings += 1;
      else if (level >= 50) logged.errors += 1;
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  running.add(child);
  let gone = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      gone = true;
      resolve(code);
    }),
  );

  while (!gone) {
    if (performance.now() - started > 30_000) {
      child.kill('SIGKILL');
      throw new Error(`${options.script} not ready after 30 s\n${output}`);
    }
    if ((await readyStatus(url)) === 200) return { url, port, child, startToReadyMs: performance.now() - started, exited, output: () => output, logged: () => ({ ...logged }) };
    await sleep(10);
  }
  throw new Error(`${options.script} exited before it was ready\n${output}`);
}

/** Resident set size of a process in MB (VmRSS in /proc/<pid>/status). */
export function rssMb(pid: number | undefined): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** SIGTERM, then the exit code (SIGKILL and null after `graceMs`). */
export async function stopServer(server: RunningServer, graceMs = 15_000): Promise<number | null> {
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  const code = await server.exited;
  clearTimeout(timer);
  return code;
}
