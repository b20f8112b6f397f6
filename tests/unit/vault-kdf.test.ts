import { describe, expect, it } from 'vitest';
import { MINIMUM_KDF, PRODUCTION_KDF, kdfWithinBounds } from '../../src/background/vault/kdf';
import { createMemoryBackend, openMemoryVault } from '../../src/background/vault/memory';
import { DEFAULT_VAULT_SETTINGS, PASSPHRASE, START, draft, storedItem } from './vault-fixtures';

describe('vault key derivation', () => {
  it('production parameters meet minimum', () => {
    expect(kdfWithinBounds(PRODUCTION_KDF, MINIMUM_KDF)).toBe(true);
  });

  it.each([
    ['low memory', { ...PRODUCTION_KDF, memoryKiB: 1024 }, false],
    ['one pass', { ...PRODUCTION_KDF, iterations: 1 }, false],
    ['huge memory', { ...PRODUCTION_KDF, memoryKiB: 4 * 1024 * 1024 }, false],
    ['fractional passes', { ...PRODUCTION_KDF, iterations: 2.5 }, false],
    ['raised parameters', { ...PRODUCTION_KDF, memoryKiB: 256 * 1024, iterations: 4 }, true],
  ])('bounds check: %s', (_case, params, expected) => {
    expect(kdfWithinBounds(params, MINIMUM_KDF)).toBe(expected);
  });

  it('unlocks with production parameters', { timeout: 60_000 }, async () => {
    const backend = createMemoryBackend();
    const open = () => openMemoryVault(backend, DEFAULT_VAULT_SETTINGS, { now: () => START });
    await open().setPassphrase(null, PASSPHRASE);
    await open().addAccounts([draft('ana@example.com')]);
    const slot = (storedItem(backend, 'vault.record').slots as { kdf?: unknown }[])[0];
    expect(slot?.kdf).toMatchObject({ memoryKiB: 65_536, iterations: 3, parallelism: 1 });
    backend.session.clear();
    const vault = open();
    await vault.unlock(PASSPHRASE);
    expect(await vault.accounts()).toHaveLength(1);
  });
});
