/**
 * Access to the master key: the unlocked copy in storage.session, automatic unlock through a
 * device slot, passphrase checks with the wrong-passphrase delay, and idle locking.
 */
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { createLogger } from '../../shared/log';
import { AutoLock } from '../autoLock';
import { deviceSlot, passphraseSlot, type VaultRecord } from './format';
import { kdfWithinBounds, type KdfParams } from './kdf';
import { SessionKeys } from './session';
import { openDeviceSlot, openPassphraseSlot } from './slots';
import { UnlockThrottle } from './throttle';
import type { VaultOptions } from './types';

const log = createLogger('vault');

export class KeyAccess {
  private readonly sessionKeys: SessionKeys;
  private readonly throttle: UnlockThrottle;
  private readonly autoLock: AutoLock;
  private deviceKeyWarned = false;

  constructor(private readonly options: VaultOptions & { now: () => number; kdfFloor: KdfParams }) {
    this.sessionKeys = new SessionKeys(options.session);
    this.throttle = new UnlockThrottle(options.local, options.now);
    this.autoLock = new AutoLock(options.session, options.alarms, options.now);
  }

  /**
   * Return the master key when the vault is unlocked or may unlock itself, or null when it
   * needs the passphrase. A key left in the session past the idle limit is wiped here, in case the
   * auto-lock alarm fired late or not at all.
   */
  async currentKey(record: VaultRecord): Promise<Uint8Array<ArrayBuffer> | null> {
    const key = await this.sessionKeys.get(record.vaultId);
    if (key !== null) {
      const { autoLockMinutes } = await this.options.settings();
      const idle = passphraseSlot(record) && (await this.autoLock.isIdle(autoLockMinutes));
      if (!idle) return key;
      await this.lock();
      return null;
    }
    return this.unlockWithDevice(record);
  }

  /** Return the master key, or throw 'locked' (or 'corrupted' when no slot can open). */
  async requireKey(record: VaultRecord): Promise<Uint8Array<ArrayBuffer>> {
    const key = await this.currentKey(record);
    if (key !== null) return key;
    if (passphraseSlot(record) === undefined) {
      throw new ExtensionError('corrupted', t('vaultDeviceKeyMissing'));
    }
    throw new ExtensionError('locked', t('vaultLocked'));
  }

  /**
   * Check a passphrase against the record's passphrase slot and return the master key. Wrong
   * guesses are counted and delayed, and the error is the same whatever the guess was.
   */
  async checkPassphrase(record: VaultRecord, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
    const slot = passphraseSlot(record);
    if (slot === undefined) {
      throw new ExtensionError('invalid-request', t('vaultNoPassphrase'));
    }
    if (!kdfWithinBounds(slot.kdf, this.options.kdfFloor)) {
      throw new ExtensionError('corrupted', t('vaultSlotOutOfRange'));
    }
    const waitMs = await this.throttle.retryAfterMs();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new ExtensionError('rate-limited', t('vaultRateLimited', String(seconds)));
    }
    const key = await openPassphraseSlot(record.vaultId, slot, passphrase);
    if (key === null) {
      await this.throttle.recordFailure();
      throw new ExtensionError('wrong-passphrase', t('vaultWrongPassphrase'));
    }
    await this.throttle.reset();
    return key;
  }

  /** Keep the key in the session and start the idle timer. */
  async remember(vaultId: string, key: Uint8Array): Promise<void> {
    await this.sessionKeys.put(vaultId, key);
    await this.autoLock.recordActivity((await this.options.settings()).autoLockMinutes);
  }

  async lock(): Promise<void> {
    await this.sessionKeys.wipe();
    await this.autoLock.stop();
  }

  /** Move the idle deadline when the vault is unlocked. A locked vault stays locked. */
  async touch(record: VaultRecord): Promise<void> {
    if ((await this.sessionKeys.get(record.vaultId)) === null) return;
    await this.autoLock.recordActivity((await this.options.settings()).autoLockMinutes);
  }

  /** Lock when the idle time has passed. The auto-lock alarm calls this. */
  async lockIfIdle(): Promise<void> {
    const { autoLockMinutes } = await this.options.settings();
    if (await this.autoLock.isIdle(autoLockMinutes)) await this.lock();
  }

  retryAfterMs(): Promise<number> {
    return this.throttle.retryAfterMs();
  }

  /**
   * Unlock through the device slot. With a passphrase slot as well, the device slot serves
   * only browser restarts, and only when lockOnBrowserRestart is off. It never undoes a lock
   * made in this browser session.
   */
  private async unlockWithDevice(record: VaultRecord): Promise<Uint8Array<ArrayBuffer> | null> {
    const slot = deviceSlot(record);
    if (slot === undefined) return null;
    if (passphraseSlot(record) !== undefined) {
      if ((await this.options.settings()).lockOnBrowserRestart) return null;
      if (await this.sessionKeys.lockedThisSession()) return null;
    }
    const key = await openDeviceSlot(record.vaultId, slot, this.options.deviceKeys);
    if (key === null) {
      // Logged once per worker run, since every status request would repeat it.
      if (!this.deviceKeyWarned) {
        log.warn('The device slot did not open: its device key is missing or does not match.');
      }
      this.deviceKeyWarned = true;
      return null;
    }
    await this.remember(record.vaultId, key);
    return key;
  }
}
