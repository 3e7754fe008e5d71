const MAX_ERROR_LENGTH = 500;

/** One line, no URLs (an SMTP URL carries its password), short enough to store. */
export function safeErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '[url removed]')
    .replace(/\s+/g, ' ')
    .trim();
  return (text || 'unknown error').slice(0, MAX_ERROR_LENGTH);
}
