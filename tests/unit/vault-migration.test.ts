import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/background/vault/format';
import { migrateRecord, type Migration } from '../../src/background/vault/migrate';
import { ExtensionError } from '../../src/shared/errors';
import { draft, openTestVault, storedItem } from './vault-fixtures';

const context = {
  createVault: () => Promise.reject(new Error('Not used by this test.')),
  now: () => 0,
};

describe('vault migration', () => {
  it('format 0 becomes encrypted', async () => {
    const { backend, restart } = openTestVault();
    const plain = {
      accounts: [
        { ...draft('ana@example.com'), id: 'a1', createdAt: 1_700_000_000_000 },
        draft('bob@example.com', 'GEZDGNBVGY3TQOJQ'),
      ],
    };
    backend.local.items.set('vault.record', JSON.stringify(plain));
    const vault = restart();
    const accounts = await vault.accounts();
    expect(accounts.map((account) => account.label)).toEqual([
      'ana@example.com',
      'bob@example.com',
    ]);
    expect(accounts[0]?.id).toBe('a1');
    expect(accounts[1]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(storedItem(backend, 'vault.record').format).toBe(1);
    const everything = [...backend.local.items.values()].join();
    expect(everything).not.toContain('GEZDGNBVGY3TQOJQ');
  });

  it('invalid format 0 reported', async () => {
    const { backend, restart } = openTestVault();
    backend.local.items.set('vault.record', JSON.stringify({ accounts: [{ secret: 'x' }] }));
    const failure = await restart()
      .accounts()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExtensionError);
    expect((failure as ExtensionError).code).toBe('corrupted');
    expect(backend.local.items.get('vault.record')).toContain('"secret":"x"');
  });

  it('runs steps in format order', async () => {
    const steps: number[] = [];
    const migrations = new Map<number, Migration>([
      [
        0,
        (value) => {
          steps.push(0);
          return Promise.resolve({ ...(value as object), format: 1 });
        },
      ],
      [
        1,
        (value) => {
          steps.push(1);
          return Promise.resolve({ ...(value as object), format: 2 });
        },
      ],
    ]);
    const result = await migrateRecord({ accounts: [] }, context, migrations, 2);
    expect(steps).toEqual([0, 1]);
    expect(formatOf(result)).toBe(2);
  });

  it('missing step returns null', async () => {
    const result = await migrateRecord({ format: 1 }, context, new Map(), 2);
    expect(result).toBeNull();
  });

  it('step skipping a format returns null', async () => {
    const migrations = new Map<number, Migration>([[0, () => Promise.resolve({ format: 2 })]]);
    expect(await migrateRecord({ accounts: [] }, context, migrations, 2)).toBeNull();
  });
});
