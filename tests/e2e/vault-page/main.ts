/**
 * Test page for tests/e2e/vault-browser.spec.ts: the vault with real IndexedDB device keys,
 * WebCrypto and Argon2id in WebAssembly. Storage areas are in memory and saved to
 * localStorage, so the record survives a page reload while the device key stays in IndexedDB.
 */
import { IndexedDbDeviceKeys } from '../../../src/background/vault/deviceKeys';
import { MemoryAlarms, MemoryStorageArea } from '../../../src/background/vault/memory';
import type { VaultSettings } from '../../../src/background/vault/types';
import { Vault } from '../../../src/background/vault/vault';

const SETTINGS: VaultSettings = {
  requirePassphrase: false,
  passphraseMinLength: 8,
  passphraseMinStrength: 2,
  autoLockMinutes: 15,
  lockOnBrowserRestart: true,
};

function loadLocalArea(): MemoryStorageArea {
  const area = new MemoryStorageArea();
  const saved = localStorage.getItem('vault-local');
  if (saved === null) return area;
  for (const [key, value] of Object.entries(JSON.parse(saved) as Record<string, string>)) {
    area.items.set(key, value);
  }
  return area;
}

function saveLocalArea(area: MemoryStorageArea): void {
  localStorage.setItem('vault-local', JSON.stringify(Object.fromEntries(area.items)));
}

/** Open the vault as a freshly started worker would: an empty session, the saved record. */
function openVault(local: MemoryStorageArea): Vault {
  return new Vault({
    local,
    session: new MemoryStorageArea(),
    deviceKeys: new IndexedDbDeviceKeys(indexedDB),
    alarms: new MemoryAlarms(),
    settings: () => Promise.resolve(SETTINGS),
  });
}

function countDeviceKeys(): Promise<number> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('mail-authenticator-vault');
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB open failed.'));
    opening.onsuccess = () => {
      const counting = opening.result.transaction('deviceKeys').objectStore('deviceKeys').count();
      counting.onerror = () => reject(counting.error ?? new Error('IndexedDB count failed.'));
      counting.onsuccess = () => resolve(counting.result);
    };
  });
}

const checks = {
  /** Create a vault with a device slot and one account, and save its record. */
  async createDeviceVault(): Promise<{ state: string; deviceKeys: number }> {
    const local = new MemoryStorageArea();
    const vault = openVault(local);
    await vault.addAccounts([
      {
        type: 'totp',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        issuer: 'Alibaba Mail',
        label: 'ana@example.com',
      },
    ]);
    saveLocalArea(local);
    return { state: (await vault.status()).state, deviceKeys: await countDeviceKeys() };
  },

  /** Reopen the saved vault, set a passphrase, and unlock it again with that passphrase. */
  async reopenAndSetPassphrase(passphrase: string): Promise<{
    labels: string[];
    deviceKeysAfter: number;
    unlockedLabels: string[];
  }> {
    const local = loadLocalArea();
    const labels = (await openVault(local).accounts()).map((account) => account.label);
    await openVault(local).setPassphrase(null, passphrase);
    const locked = openVault(local);
    await locked.unlock(passphrase);
    const unlockedLabels = (await locked.accounts()).map((account) => account.label);
    return { labels, deviceKeysAfter: await countDeviceKeys(), unlockedLabels };
  },
};

Object.assign(window, { vaultChecks: checks });
export type VaultChecks = typeof checks;
