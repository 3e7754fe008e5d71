import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { spawnServer } from '../fixtures/serverProcess.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

describe('the server process', () => {
  it('continues a conversation at the same step after kill -9 and a restart', async () => {
    const dataDir = scratchDirectory('assistant-kill-');
    const first = await spawnServer({ DATA_DIR: dataDir });
    const client = await DirectLineClient.start(first.url);
    const question = await client.ask('talk to a person');
    expect(readable(question[0]!)).toMatch(/collection action/);

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await spawnServer({ DATA_DIR: dataDir, PORT: new URL(first.url).port });
    try {
      const answer = await client.ask('yes');
      expect(answer.map(readable).join('\n')).toMatch(/individual or for a business/);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('on SIGTERM stops accepting, finishes the running turn, closes the database and exits 0', async () => {
    const dataDir = scratchDirectory('assistant-term-');
    const server = await spawnServer({ DATA_DIR: dataDir, DRAIN_TIMEOUT_MS: '10000' });
    const { port } = new URL(server.url);
    const body = JSON.stringify({
      type: 'message', text: 'help', id: 'slow-1', channelId: 'sms', deliveryMode: 'expectReplies',
      serviceUrl: server.url, conversation: { id: 'drain-1' }, from: { id: '+18605550102' }, recipient: { id: 'bot' },
    });
    // A turn in flight: its body arrives in two parts with the stop in between. The stop comes once
    // the server has taken the request (its "100 Continue"), however long that takes on a busy machine.
    const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' };
      const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.once('continue', () => {
        req.write(body.slice(0, 20));
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 500);
      });
      req.flushHeaders();
    });

    const finished = await reply;
    expect(finished.status).toBe(200);
    expect(finished.text).toMatch(/Type your question/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logs.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
  });

  it('on SIGTERM ends the consoles\' event streams instead of waiting for them', async () => {
    const dataDir = scratchDirectory('assistant-term-sse-');
    const server = await spawnServer({ DATA_DIR: dataDir, DRAIN_TIMEOUT_MS: '10000', CONSOLE_ADMIN_USER: 'sam', CONSOLE_ADMIN_PASSWORD: 'console-password-2024' });
    const rep = await ConsoleClient.signIn(server.url, 'sam', 'console-password-2024');
    const stream = await rep.events();
    const stopping = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopping).toBeLessThan(5000);
    stream.close();
  });

  it('refuses to start on an invalid setting, naming it', async () => {
    await expect(spawnServer({ PORT: 'eighty' })).rejects.toThrow(/PORT must be a number/);
  });
});
