/**
 * Counts the turns running right now. A stop waits for them as it waits for open requests: a
 * turn can outlive its request (the channel hung up, or a proactive turn has none), and closing
 * the database under it would lose its state write or its done-mark.
 */
export class TurnsInProgress {
  private count = 0;

  get running(): number {
    return this.count;
  }

  async track<T>(turn: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await turn();
    } finally {
      this.count -= 1;
    }
  }
}
