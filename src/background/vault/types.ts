/** Interfaces through which the vault reaches storage, keys, alarms and settings. */
import type { Settings } from '../../shared/settings';
import type { KdfParams } from './kdf';

/**
 * The part of browser.storage.local and browser.storage.session that the vault uses.
 * Both browser areas satisfy it, and so does the in-memory fake in memory.ts.
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Store of non-extractable AES-GCM keys for device slots. In the browser the keys live in
 * IndexedDB (deviceKeys.ts); a CryptoKey created with extractable false cannot be exported by
 * script, though its bytes are still on disk in the browser profile.
 */
export interface DeviceKeyStore {
  get(keyId: string): Promise<CryptoKey | null>;
  create(keyId: string): Promise<CryptoKey>;
  delete(keyId: string): Promise<void>;
}

/** The part of browser.alarms that auto-lock uses. */
export interface AlarmScheduler {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

/** Effective settings that the vault reads each time it needs them. */
export type VaultSettings = Pick<
  Settings,
  | 'requirePassphrase'
  | 'passphraseMinLength'
  | 'passphraseMinStrength'
  | 'autoLockMinutes'
  | 'lockOnBrowserRestart'
>;

export interface VaultOptions {
  /** Persistent area for the vault record and the wrong-passphrase counter. */
  local: StorageArea;
  /** Area cleared on browser restart that holds the master key while unlocked. */
  session: StorageArea;
  deviceKeys: DeviceKeyStore;
  alarms: AlarmScheduler;
  /** Provider of the effective settings, called on every operation that depends on them. */
  settings: () => Promise<VaultSettings>;
  /** Argon2id parameters for new passphrase slots and backups; PRODUCTION_KDF by default. */
  kdf?: KdfParams;
  /** Lowest Argon2id parameters accepted from storage or a backup; MINIMUM_KDF by default. */
  kdfFloor?: KdfParams;
  /** Clock in milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}
