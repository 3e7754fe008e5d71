/** A content coding this server can send besides identity, in order of preference. */
export type Compression = 'br' | 'gzip';
export type ContentCoding = Compression | 'identity';

/** The weight (`q`, 0 to 1) an Accept-Encoding header gives each coding it names; `*` stands for the others. */
function weights(header: string): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    accepted.set(coding, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  return accepted;
}

/**
 * The coding to send, from those `available` (best first): the one the client weighs highest, ties going
 * to the earlier; identity when the client accepts none of them, or sends no Accept-Encoding at all.
 */
export function chooseCoding(header: string | undefined, available: readonly Compression[]): ContentCoding {
  if (!header) return 'identity';
  const accepted = weights(header);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of available) {
    const weight = accepted.get(coding) ?? accepted.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
