/**
 * Device keys in IndexedDB. IndexedDB stores a CryptoKey by structured clone, so the key can
 * stay non-extractable: no script, including this extension's, can read its bytes. The browser
 * still writes those bytes to the profile on disk, so a device slot protects against reading
 * storage.local alone, not against a copy of the whole profile.
 */
import type { DeviceKeyStore } from './types';

const DATABASE = 'mail-authenticator-vault';
const STORE = 'deviceKeys';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('IndexedDB request failed.'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const opening = factory.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return request(opening);
}

/** DeviceKeyStore over IndexedDB; `factory` is globalThis.indexedDB in the worker. */
export class IndexedDbDeviceKeys implements DeviceKeyStore {
  private database: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory) {}

  async get(keyId: string): Promise<CryptoKey | null> {
    const value: unknown = await this.run('readonly', (store) => store.get(keyId));
    return value instanceof CryptoKey ? value : null;
  }

  async create(keyId: string): Promise<CryptoKey> {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await this.run('readwrite', (store) => store.put(key, keyId));
    return key;
  }

  async delete(keyId: string): Promise<void> {
    await this.run('readwrite', (store) => store.delete(keyId));
  }

  private async run<T>(
    mode: IDBTransactionMode,
    operation: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    this.database ??= openDatabase(this.factory);
    const database = await this.database;
    const transaction = database.transaction(STORE, mode);
    const result = await request(operation(transaction.objectStore(STORE)));
    // Wait for the commit, so a key is on disk before the slot that needs it is stored.
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction failed.'));
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction aborted.'));
    });
    return result;
  }
}
