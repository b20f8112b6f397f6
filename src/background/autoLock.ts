/**
 * Idle timer of the vault. The last-activity time is kept in storage.session and the deadline
 * in a browser.alarms alarm, because the MV3 worker may be stopped at any time and loses its
 * timers with it. The vault also checks the time itself on every use, in case an alarm fires
 * late, for example after the machine slept.
 */
import type { AlarmScheduler, StorageArea } from './vault/types';

export const AUTO_LOCK_ALARM = 'vault.autoLock';
const ACTIVITY_KEY = 'vault.lastActivity';

export class AutoLock {
  constructor(
    private readonly session: StorageArea,
    private readonly alarms: AlarmScheduler,
    private readonly now: () => number,
  ) {}

  /**
   * Store the time of a user action and move the alarm to `minutes` after it. With 0 minutes,
   * auto-lock is off and the alarm is cleared.
   */
  async recordActivity(minutes: number): Promise<void> {
    const now = this.now();
    await this.session.set({ [ACTIVITY_KEY]: now });
    if (minutes > 0) {
      await this.alarms.create(AUTO_LOCK_ALARM, { when: now + minutes * 60_000 });
    } else {
      await this.alarms.clear(AUTO_LOCK_ALARM);
    }
  }

  /**
   * Whether the vault has been idle for `minutes` or more. A missing activity time counts as
   * idle, so an unlocked key without a recorded use does not stay unlocked forever.
   */
  async isIdle(minutes: number): Promise<boolean> {
    if (minutes <= 0) return false;
    const stored = (await this.session.get(ACTIVITY_KEY))[ACTIVITY_KEY];
    if (typeof stored !== 'number') return true;
    return this.now() - stored >= minutes * 60_000;
  }

  /** Forget the activity time and clear the alarm, after the vault was locked. */
  async stop(): Promise<void> {
    await this.session.remove(ACTIVITY_KEY);
    await this.alarms.clear(AUTO_LOCK_ALARM);
  }
}
