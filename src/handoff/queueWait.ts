/** When a recent case was made and when someone took it. */
export interface RecentClaim {
  createdAt: string;
  claimedAt: string;
}

/** Claims this recent show how fast the queue moves now. */
export const RECENT_WINDOW_MS = 2 * 60 * 60 * 1000;
/** Older claims still tell how long a case waited, when the last two hours had too few. */
export const HISTORY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Fewer claims than this say too little to estimate from. */
const MIN_CLAIMS = 3;

/**
 * Minutes until a representative takes the case at `position`, estimated from recent claims, or
 * undefined with fewer than three to go by. With three or more claims in the last two hours, the
 * queue moves one place per average gap between them; otherwise each place ahead counts as the
 * median time recent cases waited to be taken. Always at least one minute.
 */
export function estimateWaitMinutes(position: number, claims: readonly RecentClaim[], now: Date): number | undefined {
  if (position < 1 || claims.length < MIN_CLAIMS) return undefined;
  const recent = claims.map((claim) => Date.parse(claim.claimedAt)).filter((at) => at <= now.getTime() && now.getTime() - at <= RECENT_WINDOW_MS).sort((a, b) => a - b);
  const perPlaceMs =
    recent.length >= MIN_CLAIMS
      ? (recent.at(-1)! - recent[0]!) / (recent.length - 1)
      : median(claims.map((claim) => Math.max(0, Date.parse(claim.claimedAt) - Date.parse(claim.createdAt))));
  return Math.max(1, Math.round((position * perPlaceMs) / 60_000));
}

/** " The wait is about 12 minutes (…an estimate…)." after a sentence giving the place; empty with no estimate. */
export const waitSentence = (minutes: number | undefined): string =>
  minutes === undefined ? '' : ` The wait is ${describeWait(minutes)} (an estimate from how fast recent cases were taken).`;

/** "about 12 minutes", "about 1 hour 20 minutes", "more than 3 hours". */
export function describeWait(minutes: number): string {
  if (minutes > 180) return 'more than 3 hours';
  if (minutes < 60) return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round((minutes % 60) / 5) * 5;
  return `about ${hours} hour${hours === 1 ? '' : 's'}${rest ? ` ${rest} minutes` : ''}`;
}
