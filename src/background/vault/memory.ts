/**
 * In-memory stand-ins for browser storage, IndexedDB device keys and alarms, for unit tests,
 * the benchmark and Node scripts. Values are copied through JSON on the way in and out, as
 * browser storage copies them, so no caller can change a stored value by reference.
 */
import { Vault } from './vault';
import type {
  AlarmScheduler,
  DeviceKeyStore,
  StorageArea,
  VaultOptions,
  VaultSettings,
} from './types';

export class MemoryStorageArea implements StorageArea {
  readonly items = new Map<string, string>();

  get(keys: string | string[]): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const text = this.items.get(key);
      if (text !== undefined) result[key] = JSON.parse(text);
    }
    return Promise.resolve(result);
  }

  set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, JSON.stringify(value));
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
    return Promise.resolve();
  }

  /** Drop every item, as the browser does with storage.session on restart. */
  clear(): void {
    this.items.clear();
  }
}

export class MemoryDeviceKeys implements DeviceKeyStore {
  readonly keys = new Map<string, CryptoKey>();

  get(keyId: string): Promise<CryptoKey | null> {
    return Promise.resolve(this.keys.get(keyId) ?? null);
  }

  async create(keyId: string): Promise<CryptoKey> {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    this.keys.set(keyId, key);
    return key;
  }

  delete(keyId: string): Promise<void> {
    this.keys.delete(keyId);
    return Promise.resolve();
  }
}

/** Alarms that never fire by themselves: tests read `scheduled` and call handleAlarm. */
export class MemoryAlarms implements AlarmScheduler {
  readonly scheduled = new Map<string, number>();

  create(name: string, info: { when: number }): void {
    this.scheduled.set(name, info.when);
  }

  clear(name: string): Promise<boolean> {
    return Promise.resolve(this.scheduled.delete(name));
  }
}

/** The browser-side state that one Vault instance works on. */
export interface MemoryBackend {
  local: MemoryStorageArea;
  session: MemoryStorageArea;
  deviceKeys: MemoryDeviceKeys;
  alarms: MemoryAlarms;
}

export function createMemoryBackend(): MemoryBackend {
  return {
    local: new MemoryStorageArea(),
    session: new MemoryStorageArea(),
    deviceKeys: new MemoryDeviceKeys(),
    alarms: new MemoryAlarms(),
  };
}

/**
 * Open a vault over in-memory fakes. Pass the same backend to a second call to model a worker
 * restart; clear `backend.session` to model a browser restart.
 */
export function openMemoryVault(
  backend: MemoryBackend,
  settings: VaultSettings,
  options: Partial<Pick<VaultOptions, 'kdf' | 'kdfFloor' | 'now'>> = {},
): Vault {
  return new Vault({ ...backend, ...options, settings: () => Promise.resolve(settings) });
}
