import { createTransport } from 'nodemailer';
import type { SendEmail } from '../handoff/ports.js';

export interface SmtpCaseMailOptions {
  /** smtp:// or smtps://, possibly with user:password; never logged or stored. */
  url: string;
  from: string;
  to: string;
  /** Per connection step, so a stalled server cannot hold a send (and a graceful stop) for long. */
  timeoutMs?: number;
}

/** The parts of the URL that must not show up in an error message. */
function secretsOf(url: string): string[] {
  const secrets = [url];
  try {
    const { password } = new URL(url);
    if (password) secrets.push(password, decodeURIComponent(password));
  } catch {
    // An unparsable URL is still hidden as a whole.
  }
  return secrets.filter(Boolean).sort((a, b) => b.length - a.length);
}

/** A fresh error (no cause, no properties: the original may quote the URL) with the secrets blanked. */
function safeError(error: unknown, secrets: string[]): Error {
  let message = String(error);
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    message = typeof code === 'string' && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  }
  return new Error(secrets.reduce((safe, secret) => safe.split(secret).join('[secret]'), message));
}

/** Sends plain-text e-mail through the configured SMTP server, one connection per message. */
export function createSmtpCaseMail({ url, from, to, timeoutMs = 20_000 }: SmtpCaseMailOptions): SendEmail {
  const transport = createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const secrets = secretsOf(url);
  return async ({ subject, text }) => {
    try {
      await transport.sendMail({ from, to, subject, text });
    } catch (error) {
      throw safeError(error, secrets);
    }
  };
}
