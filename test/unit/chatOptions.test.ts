import { describe, expect, it } from 'vitest';
import { CHAT_USAGE, ChatUsageError, parseChatOptions } from '../../src/cli/chatOptions.js';
import { ConfigError, parseChatEnvironment } from '../../src/config.js';

const withEnv = (env: Record<string, string>) => () => parseChatEnvironment(env);

describe('npm run chat options', () => {
  it('connect to 127.0.0.1 on PORT, 3978 when PORT is unset or empty, as the web chat', () => {
    expect(parseChatOptions([], withEnv({}))).toEqual({ url: 'http://127.0.0.1:3978', channel: 'webchat' });
    expect(parseChatOptions([], withEnv({ PORT: '' }))).toEqual({ url: 'http://127.0.0.1:3978', channel: 'webchat' });
    expect(parseChatOptions(['--channel', 'sms'], withEnv({ PORT: '4100' }))).toEqual({ url: 'http://127.0.0.1:4100', channel: 'sms' });
  });

  it('take --url over PORT, without its trailing slash, and never read PORT then', () => {
    const unread = () => {
      throw new Error('PORT was read');
    };
    expect(parseChatOptions(['--url', 'https://assistant.example.gov/', '--channel', 'msteams'], unread)).toEqual({ url: 'https://assistant.example.gov', channel: 'msteams' });
    expect(parseChatOptions(['--url=http://10.0.0.5:8080'], withEnv({ PORT: 'not a port' }))).toEqual({ url: 'http://10.0.0.5:8080', channel: 'webchat' });
  });

  it.each([
    [['--url', '127.0.0.1 3978'], /^--url must be a URL such as http:\/\/127\.0\.0\.1:3978/],
    [['--url', 'localhost:3978'], /^--url must start with http:\/\/ or https:\/\/$/],
    [['--url', 'ftp://example.gov'], /^--url must start with http:\/\/ or https:\/\/$/],
    [['--url'], /^Option '--url <value>' argument missing$/],
    [['--channel', 'fax'], /^--channel must be webchat, sms or msteams$/],
    [['--port', '4000'], /^Unknown option '--port'$/],
    [['http://127.0.0.1:4000'], /^Unexpected argument 'http:\/\/127\.0\.0\.1:4000'$/],
  ])('refuse %j with a message saying what to change', (argv, message) => {
    expect(() => parseChatOptions(argv, withEnv({}))).toThrow(ChatUsageError);
    expect(() => parseChatOptions(argv, withEnv({}))).toThrow(message);
  });

  it.each(['abc', '0', '70000', '39.5'])('refuse PORT=%s, naming the variable', (port) => {
    expect(() => parseChatOptions([], withEnv({ PORT: port }))).toThrow(ConfigError);
    expect(() => parseChatOptions([], withEnv({ PORT: port }))).toThrow(/^Invalid configuration: PORT must be/);
  });

  it('answer --help and -h with the usage, which documents --url and PORT', () => {
    expect(parseChatOptions(['--help'], withEnv({}))).toBe('help');
    expect(parseChatOptions(['-h'], withEnv({ PORT: 'not a port' }))).toBe('help');
    expect(CHAT_USAGE).toMatch(/--url[\s\S]*http:\/\/127\.0\.0\.1:PORT[\s\S]*PORT[\s\S]*\.env/);
    expect(CHAT_USAGE).toMatch(/--channel +how replies look: webchat \(default\), sms/);
  });
});
