import { setImmediate as nextTurnOfTheLoop } from 'node:timers/promises';

/**
 * Runs synchronous steps one per turn of the event loop, so requests arriving meanwhile are
 * served between them. A step that throws is skipped: this is preparation, not work anyone waits on.
 */
export async function stepByStep(steps: readonly (() => unknown)[]): Promise<void> {
  for (const step of steps) {
    await nextTurnOfTheLoop();
    try {
      step();
    } catch {
      // The step's work is done again, and reported, when a turn needs it.
    }
  }
}
