import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/background/vault/throttle';
import { ExtensionError } from '../../src/shared/errors';
import { OTHER_PASSPHRASE, PASSPHRASE, draft, openTestVault, storedItem } from './vault-fixtures';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtensionError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('vault unlock', () => {
  it('round trip with passphrase', async () => {
    const { vault, restart, backend } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    await vault.lock();
    backend.session.clear();
    const fresh = restart();
    expect((await fresh.status()).state).toBe('locked');
    await fresh.unlock(PASSPHRASE);
    const accounts = await fresh.accounts();
    expect(accounts.map((account) => account.label)).toEqual(['ana@example.com']);
    expect(accounts[0]?.secret).toBe('JBSWY3DPEHPK3PXP');
  });

  it('rejects wrong passphrase', async () => {
    const { vault } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.lock();
    expect(await errorCode(vault.unlock(OTHER_PASSPHRASE))).toBe('wrong-passphrase');
    expect((await vault.status()).state).toBe('locked');
  });

  it('accounts while locked throws locked', async () => {
    const { vault } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.lock();
    expect(await errorCode(vault.accounts())).toBe('locked');
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 1000],
    [3, 2000],
    [6, 16_000],
    [30, 300_000],
  ])('retry delay after %i failures is %i ms', (count, delay) => {
    expect(retryDelayMs(count)).toBe(delay);
  });

  it('delays guesses after repeated failures', async () => {
    const { vault, clock, restart } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.lock();
    expect(await errorCode(vault.unlock('wrong guess one'))).toBe('wrong-passphrase');
    expect(await errorCode(vault.unlock('wrong guess two'))).toBe('wrong-passphrase');
    expect((await vault.status()).retryAfterMs).toBe(1000);
    // The count is in storage.local, so a new worker instance keeps the delay.
    const fresh = restart();
    expect(await errorCode(fresh.unlock(PASSPHRASE))).toBe('rate-limited');
    clock.now += 1000;
    expect(await errorCode(fresh.unlock('wrong guess three'))).toBe('wrong-passphrase');
    expect((await fresh.status()).retryAfterMs).toBe(2000);
    clock.now += 2000;
    await fresh.unlock(PASSPHRASE);
    expect((await fresh.status()).retryAfterMs).toBe(0);
  });

  it('passphrase change rewrites no entry', async () => {
    const { vault, backend } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    const before = storedItem(backend, 'vault.record');
    await vault.setPassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    const after = storedItem(backend, 'vault.record');
    expect(after.entries).toEqual(before.entries);
    expect(after.slots).not.toEqual(before.slots);
    await vault.lock();
    expect(await errorCode(vault.unlock(PASSPHRASE))).toBe('wrong-passphrase');
    await vault.unlock(OTHER_PASSPHRASE);
    expect(await vault.accounts()).toHaveLength(1);
  });

  it('old passphrase opens no stored copy', async () => {
    const { vault, backend } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    await vault.setPassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    const previous = storedItem(backend, 'vault.previous');
    const current = storedItem(backend, 'vault.record');
    expect(previous.slots).toEqual(current.slots);
  });

  it('change requires current passphrase', async () => {
    const { vault } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    expect(await errorCode(vault.setPassphrase(null, OTHER_PASSPHRASE))).toBe('wrong-passphrase');
    expect(await errorCode(vault.setPassphrase('not it at all', OTHER_PASSPHRASE))).toBe(
      'wrong-passphrase',
    );
  });

  it('rejects weak new passphrase', async () => {
    const { vault } = openTestVault();
    expect(await errorCode(vault.setPassphrase(null, 'password1'))).toBe('weak-passphrase');
    expect((await vault.status()).state).toBe('uninitialized');
  });

  it('remove passphrase refused by policy', async () => {
    const { vault } = openTestVault({ requirePassphrase: true });
    await vault.setPassphrase(null, PASSPHRASE);
    expect(await errorCode(vault.removePassphrase(PASSPHRASE))).toBe('policy');
    expect((await vault.status()).hasPassphrase).toBe(true);
  });

  it('remove passphrase leaves device slot', async () => {
    const { vault, backend, restart } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    await vault.removePassphrase(PASSPHRASE);
    backend.session.clear();
    const fresh = restart();
    const status = await fresh.status();
    expect(status.hasPassphrase).toBe(false);
    expect(status.state).toBe('unlocked');
    expect(await fresh.accounts()).toHaveLength(1);
  });
});
