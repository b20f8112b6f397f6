import { describe, expect, it } from 'vitest';
import { digest } from '../../src/background/vault/cipher';
import { canonicalJson, utf8 } from '../../src/background/vault/encoding';
import type { MemoryBackend } from '../../src/background/vault/memory';
import { ExtensionError } from '../../src/shared/errors';
import { PASSPHRASE, draft, openTestVault, storedItem } from './vault-fixtures';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtensionError) return error.code;
    throw error;
  }
  return 'no error';
}

/** Make the `failing`-th set call from now on throw, as a browser killed mid-write would. */
function failNthSet(backend: MemoryBackend, failing: number): void {
  const original = backend.local.set.bind(backend.local);
  let calls = 0;
  backend.local.set = (items) => {
    calls += 1;
    if (calls === failing) return Promise.reject(new Error('Simulated crash during set.'));
    return original(items);
  };
}

/** Store an edited record with a checksum that matches again, as a deliberate edit would. */
async function storeEdited(
  backend: MemoryBackend,
  edit: (record: Record<string, unknown>) => void,
): Promise<void> {
  const record = storedItem(backend, 'vault.record');
  edit(record);
  delete record.checksum;
  record.checksum = await digest(utf8(canonicalJson(record)));
  backend.local.items.set('vault.record', JSON.stringify(record));
}

function flipFirstCharacter(text: string): string {
  return (text.startsWith('A') ? 'B' : 'A') + text.slice(1);
}

describe('vault storage', () => {
  it.each([1, 2])('interrupted write at set %i keeps vault', async (failing) => {
    const { vault, backend, restart } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    failNthSet(backend, failing);
    await expect(vault.addAccounts([draft('bob@example.com', 'GEZDGNBVGY3TQOJQ')])).rejects.toThrow(
      'Simulated crash',
    );
    const labels = (await restart().accounts()).map((account) => account.label);
    expect(labels).toEqual(['ana@example.com']);
  });

  it('concurrent adds keep both', async () => {
    const { vault } = openTestVault();
    await Promise.all([
      vault.addAccounts([draft('ana@example.com')]),
      vault.addAccounts([draft('bob@example.com', 'GEZDGNBVGY3TQOJQ')]),
      vault.addAccounts([draft('eve@example.com', 'MFRGGZDFMZTWQ2LK')]),
    ]);
    const labels = (await vault.accounts()).map((account) => account.label).sort();
    expect(labels).toEqual(['ana@example.com', 'bob@example.com', 'eve@example.com']);
  });

  it('skips duplicate drafts', async () => {
    const { vault } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    const { added, skipped } = await vault.addAccounts([
      draft('ANA@example.com '),
      draft('bob@example.com'),
      draft('bob@example.com'),
    ]);
    expect(added.map((account) => account.label)).toEqual(['bob@example.com']);
    expect(skipped).toHaveLength(2);
  });

  it('stores origin and creation time', async () => {
    const { vault, clock } = openTestVault();
    const { added } = await vault.addAccounts(
      [draft('ana@example.com')],
      'https://qiye.aliyun.com',
    );
    expect(added[0]?.origin).toBe('https://qiye.aliyun.com');
    expect(added[0]?.createdAt).toBe(clock.now);
  });

  it('deletes account by id', async () => {
    const { vault } = openTestVault();
    const { added } = await vault.addAccounts([draft('ana@example.com'), draft('bob@example.com')]);
    await vault.deleteAccount(added[0]?.id ?? '');
    expect((await vault.accounts()).map((account) => account.label)).toEqual(['bob@example.com']);
    expect(await errorCode(vault.deleteAccount('no-such-id'))).toBe('not-found');
  });

  it('stores no secret in plain text', async () => {
    const { vault, backend } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    const everything = [...backend.local.items.values(), ...backend.session.items.values()].join();
    expect(everything).not.toContain('JBSWY3DPEHPK3PXP');
    expect(everything).not.toContain('ana@example.com');
  });

  it('damaged record reported, copy kept', async () => {
    const { vault, backend, restart } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    await vault.addAccounts([draft('bob@example.com')]);
    const previous = backend.local.items.get('vault.previous');
    // A torn write: the ciphertext is cut short and the checksum no longer matches.
    const record = storedItem(backend, 'vault.record');
    const entries = record.entries as { ciphertext: string };
    entries.ciphertext = entries.ciphertext.slice(0, 40);
    const damaged = JSON.stringify(record);
    backend.local.items.set('vault.record', damaged);
    const fresh = restart();
    expect(await errorCode(fresh.accounts())).toBe('corrupted');
    expect(await errorCode(fresh.addAccounts([draft('eve@example.com')]))).toBe('corrupted');
    expect(backend.local.items.get('vault.record')).toBe(damaged);
    expect(backend.local.items.get('vault.previous')).toBe(previous);
    await fresh.restorePreviousCopy();
    expect((await fresh.accounts()).map((account) => account.label)).toEqual(['ana@example.com']);
  });

  it.each([
    [
      'ciphertext',
      (record: Record<string, unknown>) => {
        const entries = record.entries as { ciphertext: string };
        entries.ciphertext = flipFirstCharacter(entries.ciphertext);
      },
    ],
    [
      'nonce',
      (record: Record<string, unknown>) => {
        const entries = record.entries as { nonce: string };
        entries.nonce = flipFirstCharacter(entries.nonce);
      },
    ],
    [
      'revision',
      (record: Record<string, unknown>) => {
        record.revision = 99;
      },
    ],
    [
      'vault id',
      (record: Record<string, unknown>) => {
        record.vaultId = 'another-vault';
      },
    ],
  ])('tampered %s reported as corrupted', async (_field, edit) => {
    const { vault, backend } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    const previous = backend.local.items.get('vault.previous');
    await storeEdited(backend, edit);
    const tampered = backend.local.items.get('vault.record');
    expect(await errorCode(vault.accounts())).toBe('corrupted');
    expect(await errorCode(vault.addAccounts([draft('eve@example.com')]))).toBe('corrupted');
    expect(backend.local.items.get('vault.record')).toBe(tampered);
    expect(backend.local.items.get('vault.previous')).toBe(previous);
  });

  it('tampered slot cannot be resigned', async () => {
    const { vault, backend } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.addAccounts([draft('ana@example.com')]);
    await storeEdited(backend, (record) => {
      record.writtenAt = 1;
    });
    expect(await errorCode(vault.setPassphrase(PASSPHRASE, 'copper lantern meadow 17'))).toBe(
      'corrupted',
    );
  });

  it('newer format reported as unavailable', async () => {
    const { vault, backend } = openTestVault();
    backend.local.items.set('vault.record', JSON.stringify({ format: 2, slots: [] }));
    expect(await errorCode(vault.accounts())).toBe('unavailable');
    expect((await vault.status()).state).toBe('locked');
  });

  it('restore without copy is not-found', async () => {
    const { vault } = openTestVault();
    expect(await errorCode(vault.restorePreviousCopy())).toBe('not-found');
  });
});

describe('vault HOTP counter', () => {
  it('advances counter once per code', async () => {
    const { vault } = openTestVault();
    const hotp = { ...draft('ana@example.com'), type: 'hotp' as const, counter: 5 };
    const { added } = await vault.addAccounts([hotp]);
    const id = added[0]?.id ?? '';
    expect((await vault.advanceHotpCounter(id)).counter).toBe(5);
    expect((await vault.advanceHotpCounter(id)).counter).toBe(6);
    expect((await vault.accounts())[0]?.counter).toBe(7);
  });

  it('rejects TOTP and unknown ids', async () => {
    const { vault } = openTestVault();
    const { added } = await vault.addAccounts([draft('ana@example.com')]);
    expect(await errorCode(vault.advanceHotpCounter(added[0]?.id ?? ''))).toBe('invalid-request');
    expect(await errorCode(vault.advanceHotpCounter('no-such-id'))).toBe('not-found');
  });
});
