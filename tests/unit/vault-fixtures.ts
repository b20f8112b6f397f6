/** Shared setup of the vault tests: cheap Argon2id parameters, a fixed clock and sample keys. */
import type { KeyDraft } from '../../src/shared/account';
import type { KdfParams } from '../../src/background/vault/kdf';
import {
  createMemoryBackend,
  openMemoryVault,
  type MemoryBackend,
} from '../../src/background/vault/memory';
import type { VaultSettings } from '../../src/background/vault/types';
import type { Vault } from '../../src/background/vault/vault';

/** 64 KiB and one pass: far below production, so each derivation takes about a millisecond. */
export const TEST_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 64,
  iterations: 1,
  parallelism: 1,
};

export const START = Date.UTC(2026, 0, 5, 9, 0, 0);

export const PASSPHRASE = 'violet anchor harbour 42';
export const OTHER_PASSPHRASE = 'copper lantern meadow 17';

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  requirePassphrase: false,
  passphraseMinLength: 8,
  passphraseMinStrength: 2,
  autoLockMinutes: 15,
  lockOnBrowserRestart: true,
};

export function draft(
  label: string,
  secret = 'JBSWY3DPEHPK3PXP',
  issuer = 'Alibaba Mail',
): KeyDraft {
  return {
    type: 'totp',
    secret,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    issuer,
    label,
  };
}

export interface TestVault {
  vault: Vault;
  backend: MemoryBackend;
  settings: VaultSettings;
  clock: { now: number };
  /** A new Vault over the same storage, as after the worker was stopped and started again. */
  restart: () => Vault;
}

/** Open a vault over in-memory storage with TEST_KDF and a clock that tests move by hand. */
export function openTestVault(overrides: Partial<VaultSettings> = {}): TestVault {
  const backend = createMemoryBackend();
  const settings = { ...DEFAULT_VAULT_SETTINGS, ...overrides };
  const clock = { now: START };
  const open = () =>
    openMemoryVault(backend, settings, { kdf: TEST_KDF, kdfFloor: TEST_KDF, now: () => clock.now });
  return { vault: open(), backend, settings, clock, restart: open };
}

/** Parse one stored item of a memory storage area. */
export function storedItem(backend: MemoryBackend, key: string): Record<string, unknown> {
  const text = backend.local.items.get(key);
  if (text === undefined) throw new Error(`No stored item ${key}.`);
  return JSON.parse(text) as Record<string, unknown>;
}
