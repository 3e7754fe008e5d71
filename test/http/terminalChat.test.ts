import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function chat(url: string, channel: string, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts', '--url', url, '--channel', channel], { cwd: projectRoot });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', () => resolve(out));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
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
    expect(out).toMatch(/Source: Connecticut balance due notice guide, as of November 21, 2026\./);
    expect(out).toMatch(/1\. Yes\s+2\. No/);
    expect(out).not.toMatch(/\*\*|_Source/);
  });

  it('walks the refund offset guide over SMS end to end, as a readable text conversation', async () => {
    const out = await chat(server.url, 'sms', ['hi', '2', '1', '1', 'October 20, 2026', '2', '3']);
    const order = [
      /Reply 1, 2, 3, 4, 5, 6 or 7\./,
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
