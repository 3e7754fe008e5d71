import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatSession } from '../../src/cli/chatSession.js';
import { parseChatEnvironment } from '../../src/config.js';
import { closedPort } from '../fixtures/closedPort.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  command?: string;
  args: string[];
  lines?: string[];
  env?: Record<string, string>;
  cwd?: string;
}

/** The chat in a process of its own with `lines` typed on its stdin (then end of input): everything it printed and its exit code. */
function runChat({ command = process.execPath, args, lines = [], env = {}, cwd = projectRoot }: Run): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ out, code }));
    child.stdin.end(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  });
}

/** The chat in this process, as `npm run chat -- ARGS` runs it, with `env` as its environment: what it printed and its exit code. */
async function chatHere(args: string[], lines: string[] = [], env: Record<string, string> = {}): Promise<{ out: string; code: number }> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await chatSession(args, {
    input: Readable.from(lines.length > 0 ? [`${lines.join('\n')}\n`] : []),
    output,
    err: (text) => (out += text),
    environment: () => parseChatEnvironment(env),
  });
  return { out, code };
}

async function chat(url: string, channel: string, lines: string[]): Promise<string> {
  return (await chatHere(['--url', url, '--channel', channel], lines)).out;
}

describe('npm run chat', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows what an SMS user sees: plain numbered text, greeting on the first message', async () => {
    const out = await chat(server.url, 'sms', ['hi', 'talk to a person', '2']);
    expect(out).toMatch(/Connected \(sms\)/);
    expect(out.indexOf('you>')).toBeLessThan(out.indexOf('Department of Revenue Services'));
    expect(out).toMatch(/1\. Notices[\s\S]*7\. Talk to a person/);
    expect(out).toMatch(/1\. Yes\s+2\. No\s+3\. Not sure/);
    expect(out).toMatch(/Contact DRS\s+Call DRS at 860-297-5962/);
    expect(out).not.toMatch(/\*\*/);
  });

  it('answers "what is the R859 notice" over SMS in plain text with its source', async () => {
    const out = await chat(server.url, 'sms', ['what is the R859 notice']);
    expect(out).toMatch(/The R859 notice \(private collection referral\)\s+The R859 is one of the most urgent DRS notices/);
    expect(out).toMatch(/Source: Connecticut balance due notice guide\. Reviewed November 21, 2026\./);
    expect(out).toMatch(/1\. Yes\s+2\. No/);
    expect(out).not.toMatch(/\*\*|_Source/);
  });

  it('walks the refund offset guide over SMS end to end, as a readable text conversation', async () => {
    const out = await chat(server.url, 'sms', ['hi', '2', '1', '1', 'October 20, 2026', '2', '3']);
    const order = [
      /Reply 1, 2, 3, 4, 5, 6, 7 or 8\./,
      /1\. Offset step by step/,
      /What best describes your situation\?\s+1\. Intent to Offset/,
      /What is the date printed on your Notice of Intent to Offset\?/,
      /Last day: Saturday, December 19, 2026\s+Still timely until: Monday, December 21, 2026/,
      /1\. Pay in full\s+2\. Request a review\s+Reply 1 or 2\./,
      /What to do next: request a review\s+1\. Request a review: send evidence[^]*SIS Unit, 450 Columbus Blvd\., Hartford CT 06103\. Keep a copy\. By Friday, December 18, 2026\./,
      /Would you like to talk to a person at DRS about this/,
      /You are welcome\./,
    ];
    let from = 0;
    for (const pattern of order) {
      const match = pattern.exec(out.slice(from));
      expect(match, `${String(pattern)} after position ${from}`).not.toBeNull();
      from += (match?.index ?? 0) + (match?.[0].length ?? 0);
    }
    expect(out).not.toMatch(/\*\*|_Source|\]\(/);
  });

  it('says how to start the server when none is running', async () => {
    const out = await chat('http://127.0.0.1:9', 'webchat', []);
    expect(out).toMatch(/Could not reach the assistant[\s\S]*npm start/);
  });
});

describe('npm run chat finds the server as it was started', () => {
  let server: TestServer;
  let port: string;
  beforeAll(async () => {
    server = await startTestServer();
    port = new URL(server.url).port;
  });
  afterAll(async () => {
    await server.close();
  });

  const R859_ANSWER = /DRS: The R859 notice \(private collection referral\)[\s\S]*1\. Yes\s+2\. No/;

  it('on PORT from the environment, by npm run chat', async () => {
    const { out, code } = await runChat({ command: 'npm', args: ['run', 'chat', '--', '--channel', 'sms'], env: { PORT: port }, lines: ['what is the R859 notice'] });
    expect(out).toMatch(/Connected \(sms\)/);
    expect(out).toMatch(R859_ANSWER);
    expect(code).toBe(0);
  });

  it('on PORT from .env in the folder it runs in, as the server reads it', async () => {
    const folder = scratchDirectory('assistant-chat-env-');
    try {
      writeFileSync(join(folder, '.env'), `LOG_LEVEL=silent\nPORT=${port}\n`);
      const tsx = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;
      const { out, code } = await runChat({ args: ['--import', tsx, join(projectRoot, 'src/cli/chat.ts'), '--channel', 'sms'], cwd: folder, lines: ['what is the R859 notice'] });
      expect(out).toMatch(R859_ANSWER);
      expect(code).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('at --url, which wins over PORT', async () => {
    const { out, code } = await chatHere(['--url', `${server.url}/`], ['hi'], { PORT: String(await closedPort()) });
    expect(out).toMatch(/Connected \(webchat\)/);
    expect(out).toMatch(/DRS: What can I help you with\?/);
    expect(code).toBe(0);
  });

  it('says which argument is wrong and exits 2; --help shows the usage', async () => {
    const bad = await chatHere(['--url', 'localhost:3978']);
    expect(bad).toEqual({ out: expect.stringMatching(/^--url must start with http:\/\/ or https:\/\/\nSee "npm run chat -- --help"\.\n$/), code: 2 });
    const help = await chatHere(['--help']);
    expect(help).toEqual({ out: expect.stringMatching(/^Terminal chat[\s\S]*--url[\s\S]*PORT/), code: 0 });
  });
});
