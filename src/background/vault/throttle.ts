/**
 * Counter of wrong passphrases with a growing delay. It is kept in storage.local, so neither a
 * worker restart nor a browser restart resets it. It slows guessing through the extension's
 * own pages only: someone who copies the record guesses offline, where Argon2id is the limit.
 */
import type { StorageArea } from './types';

const FAILURES_KEY = 'vault.unlockFailures';
const MAX_DELAY_MS = 5 * 60_000;

interface Failures {
  count: number;
  lastAt: number;
}

/** Wait required after `count` wrong passphrases in a row: none after the first, then 1 s, 2 s, 4 s, up to 5 minutes. */
export function retryDelayMs(count: number): number {
  if (count <= 1) return 0;
  return Math.min(1000 * 2 ** (count - 2), MAX_DELAY_MS);
}

export class UnlockThrottle {
  constructor(
    private readonly local: StorageArea,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until the next attempt is accepted; 0 when it is accepted now. */
  async retryAfterMs(): Promise<number> {
    const { count, lastAt } = await this.read();
    const delay = retryDelayMs(count);
    // Capped at the delay itself, so a clock set backwards cannot block unlocking for long.
    return Math.min(delay, Math.max(0, lastAt + delay - this.now()));
  }

  async recordFailure(): Promise<void> {
    const { count } = await this.read();
    await this.local.set({ [FAILURES_KEY]: { count: count + 1, lastAt: this.now() } });
  }

  async reset(): Promise<void> {
    await this.local.remove(FAILURES_KEY);
  }

  private async read(): Promise<Failures> {
    const stored = (await this.local.get(FAILURES_KEY))[FAILURES_KEY];
    if (typeof stored !== 'object' || stored === null) return { count: 0, lastAt: 0 };
    const { count, lastAt } = stored as Record<string, unknown>;
    if (typeof count !== 'number' || typeof lastAt !== 'number') return { count: 0, lastAt: 0 };
    return { count, lastAt };
  }
}
