export interface RepeatingJob<T> {
  /** One pass now, after any running one; `whenStopped` once the job has stopped. */
  runOnce(): Promise<T>;
  /** Stops the timer and resolves once the running pass has finished. */
  stop(): Promise<void>;
}

export interface RepeatingJobOptions<T> {
  /** Time from the end of one timed pass to the start of the next (an unref'd timer). */
  intervalMs: number;
  /** A first pass at once rather than after one interval. */
  runAtStart?: boolean;
  /** What `runOnce` gives after `stop()`. */
  whenStopped: T;
}

/**
 * Runs `pass` on a timer and on demand, never two at once. `pass` is given a check it can use to
 * end early once the job is stopped.
 */
export function startRepeatingJob<T>(pass: (isStopped: () => boolean) => Promise<T>, { intervalMs, runAtStart = false, whenStopped }: RepeatingJobOptions<T>): RepeatingJob<T> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const isStopped = () => stopped;

  const runOnce = (): Promise<T> => {
    const next = chain.then(() => (stopped ? whenStopped : pass(isStopped)));
    chain = next;
    return next;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void runOnce().then(schedule), intervalMs);
    timer.unref();
  };
  if (runAtStart) void runOnce().then(schedule);
  else schedule();

  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
