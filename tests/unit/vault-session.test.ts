import { describe, expect, it } from 'vitest';
import { AUTO_LOCK_ALARM } from '../../src/background/autoLock';
import { ExtensionError } from '../../src/shared/errors';
import { PASSPHRASE, START, draft, openTestVault } from './vault-fixtures';

const MINUTE = 60_000;

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtensionError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('vault session', () => {
  it('starts uninitialized', async () => {
    const { vault } = openTestVault();
    expect(await vault.status()).toEqual({
      state: 'uninitialized',
      hasPassphrase: false,
      retryAfterMs: 0,
    });
  });

  it('lock wipes session key', async () => {
    const { vault, backend } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    expect(backend.session.items.has('vault.unlocked')).toBe(true);
    await vault.lock();
    expect(backend.session.items.has('vault.unlocked')).toBe(false);
    expect(backend.alarms.scheduled.has(AUTO_LOCK_ALARM)).toBe(false);
  });

  it('worker restart stays unlocked', async () => {
    const { vault, restart } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    const fresh = restart();
    expect((await fresh.status()).state).toBe('unlocked');
    expect(await fresh.accounts()).toHaveLength(1);
  });

  it('browser restart locks passphrase vault', async () => {
    const { vault, backend, restart } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    backend.session.clear();
    expect((await restart().status()).state).toBe('locked');
  });

  it('device slot unlocks on demand', async () => {
    const { vault, backend, restart } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    const stored = JSON.parse(backend.local.items.get('vault.record') ?? '{}') as {
      slots: { kind: string }[];
    };
    expect(stored.slots.map((slot) => slot.kind)).toEqual(['device']);
    backend.session.clear();
    const fresh = restart();
    expect(await fresh.status()).toEqual({
      state: 'unlocked',
      hasPassphrase: false,
      retryAfterMs: 0,
    });
    expect(await fresh.accounts()).toHaveLength(1);
  });

  it('missing device key reports corrupted', async () => {
    const { vault, backend, restart } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    backend.session.clear();
    backend.deviceKeys.keys.clear();
    expect(await errorCode(restart().accounts())).toBe('corrupted');
  });

  it('passphrase removes device slot', async () => {
    const { vault, backend } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    await vault.setPassphrase(null, PASSPHRASE);
    const stored = JSON.parse(backend.local.items.get('vault.record') ?? '{}') as {
      slots: { kind: string }[];
    };
    expect(stored.slots.map((slot) => slot.kind)).toEqual(['passphrase']);
    expect(backend.deviceKeys.keys.size).toBe(0);
  });

  it('restart unlock when policy allows', async () => {
    const { vault, backend, restart } = openTestVault({ lockOnBrowserRestart: false });
    await vault.setPassphrase(null, PASSPHRASE);
    backend.session.clear();
    const fresh = restart();
    expect((await fresh.status()).state).toBe('unlocked');
    await fresh.lock();
    // A lock in this browser session is not undone by the device slot.
    expect((await fresh.status()).state).toBe('locked');
  });

  it('settings change adds device slot', async () => {
    const { vault, backend, settings, restart } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    settings.lockOnBrowserRestart = false;
    await vault.applySettings();
    backend.session.clear();
    expect((await restart().status()).state).toBe('unlocked');
  });

  it('auto-lock alarm locks idle vault', async () => {
    const { vault, backend, clock } = openTestVault({ autoLockMinutes: 5 });
    await vault.setPassphrase(null, PASSPHRASE);
    expect(backend.alarms.scheduled.get(AUTO_LOCK_ALARM)).toBe(START + 5 * MINUTE);
    clock.now += 5 * MINUTE;
    await vault.handleAlarm(AUTO_LOCK_ALARM);
    expect(backend.session.items.has('vault.unlocked')).toBe(false);
    expect((await vault.status()).state).toBe('locked');
  });

  it('touch postpones auto-lock', async () => {
    const { vault, backend, clock } = openTestVault({ autoLockMinutes: 5 });
    await vault.setPassphrase(null, PASSPHRASE);
    clock.now += 4 * MINUTE;
    await vault.touch();
    expect(backend.alarms.scheduled.get(AUTO_LOCK_ALARM)).toBe(START + 9 * MINUTE);
    clock.now += 2 * MINUTE;
    await vault.handleAlarm(AUTO_LOCK_ALARM);
    expect((await vault.status()).state).toBe('unlocked');
  });

  it('idle check works without alarm', async () => {
    const { vault, clock } = openTestVault({ autoLockMinutes: 5 });
    await vault.setPassphrase(null, PASSPHRASE);
    clock.now += 6 * MINUTE;
    expect(await errorCode(vault.accounts())).toBe('locked');
  });

  it('zero minutes turns auto-lock off', async () => {
    const { vault, backend, clock } = openTestVault({ autoLockMinutes: 0 });
    await vault.setPassphrase(null, PASSPHRASE);
    expect(backend.alarms.scheduled.has(AUTO_LOCK_ALARM)).toBe(false);
    clock.now += 24 * 60 * MINUTE;
    expect((await vault.status()).state).toBe('unlocked');
  });

  it('other alarm names do not lock', async () => {
    const { vault, backend, clock } = openTestVault({ autoLockMinutes: 5 });
    await vault.setPassphrase(null, PASSPHRASE);
    clock.now += 5 * MINUTE;
    await vault.handleAlarm('clipboard.clear');
    expect(backend.session.items.has('vault.unlocked')).toBe(true);
  });
});
