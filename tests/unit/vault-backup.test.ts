import { describe, expect, it } from 'vitest';
import { URI } from 'otpauth';
import { ExtensionError } from '../../src/shared/errors';
import { OTHER_PASSPHRASE, PASSPHRASE, draft, openTestVault } from './vault-fixtures';

const BACKUP_PASSPHRASE = 'granite willow parade 93';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtensionError) return error.code;
    throw error;
  }
  return 'no error';
}

async function sampleBackup(): Promise<string> {
  const { vault } = openTestVault();
  await vault.setPassphrase(null, PASSPHRASE);
  await vault.addAccounts(
    [draft('ana@example.com'), draft('bob@example.com', 'GEZDGNBVGY3TQOJQ')],
    'https://qiye.aliyun.com',
  );
  return vault.exportBackup(BACKUP_PASSPHRASE);
}

describe('vault backup', () => {
  it('round trip into empty vault', async () => {
    const contents = await sampleBackup();
    const { vault } = openTestVault();
    expect(await vault.importBackup(contents, BACKUP_PASSPHRASE)).toEqual({ added: 2, skipped: 0 });
    const accounts = await vault.accounts();
    expect(accounts.map((account) => account.label)).toEqual([
      'ana@example.com',
      'bob@example.com',
    ]);
    expect(accounts[1]?.secret).toBe('GEZDGNBVGY3TQOJQ');
    expect(accounts[0]?.origin).toBe('https://qiye.aliyun.com');
  });

  it('merge skips existing accounts', async () => {
    const contents = await sampleBackup();
    const { vault } = openTestVault();
    await vault.addAccounts([
      draft('ana@example.com'),
      draft('eve@example.com', 'MFRGGZDFMZTWQ2LK'),
    ]);
    expect(await vault.importBackup(contents, BACKUP_PASSPHRASE)).toEqual({ added: 1, skipped: 1 });
    expect(await vault.importBackup(contents, BACKUP_PASSPHRASE)).toEqual({ added: 0, skipped: 2 });
    expect(await vault.accounts()).toHaveLength(3);
  });

  it('wrong backup passphrase rejected', async () => {
    const contents = await sampleBackup();
    const { vault } = openTestVault();
    expect(await errorCode(vault.importBackup(contents, OTHER_PASSPHRASE))).toBe(
      'wrong-passphrase',
    );
    expect((await vault.status()).state).toBe('uninitialized');
  });

  it('edited header rejected', async () => {
    const file = JSON.parse(await sampleBackup()) as { createdAt: number };
    file.createdAt += 1;
    const { vault } = openTestVault();
    expect(await errorCode(vault.importBackup(JSON.stringify(file), BACKUP_PASSPHRASE))).toBe(
      'wrong-passphrase',
    );
  });

  it.each([
    ['not JSON', 'hello', 'invalid-request'],
    ['other JSON', '{"accounts":[]}', 'invalid-request'],
    ['newer version', '{"kind":"mail-authenticator-backup","version":2}', 'unavailable'],
    ['missing fields', '{"kind":"mail-authenticator-backup","version":1}', 'corrupted'],
  ])('rejects %s', async (_case, contents, code) => {
    const { vault } = openTestVault();
    expect(await errorCode(vault.importBackup(contents, BACKUP_PASSPHRASE))).toBe(code);
  });

  it('rejects cheap key settings', async () => {
    const file = JSON.parse(await sampleBackup()) as { kdf: { memoryKiB: number } };
    file.kdf.memoryKiB = 8;
    const { vault } = openTestVault();
    expect(await errorCode(vault.importBackup(JSON.stringify(file), BACKUP_PASSPHRASE))).toBe(
      'corrupted',
    );
  });

  it('export needs strong passphrase', async () => {
    const { vault } = openTestVault();
    await vault.addAccounts([draft('ana@example.com')]);
    expect(await errorCode(vault.exportBackup('qwerty123'))).toBe('weak-passphrase');
  });

  it('import respects passphrase policy', async () => {
    const contents = await sampleBackup();
    const { vault } = openTestVault({ requirePassphrase: true });
    expect(await errorCode(vault.importBackup(contents, BACKUP_PASSPHRASE))).toBe('policy');
  });

  it('plain export lists key URIs', async () => {
    const { vault } = openTestVault();
    await vault.addAccounts([
      draft('ana@example.com'),
      { ...draft('bob@example.com', 'GEZDGNBVGY3TQOJQ'), type: 'hotp', counter: 7 },
    ]);
    const lines = (await vault.exportPlain()).trim().split('\n');
    expect(lines).toHaveLength(2);
    const totp = URI.parse(lines[0] ?? '');
    expect(totp.label).toBe('ana@example.com');
    expect(totp.secret.base32).toBe('JBSWY3DPEHPK3PXP');
    const hotp = URI.parse(lines[1] ?? '');
    expect(hotp.issuer).toBe('Alibaba Mail');
    expect(lines[1]).toContain('counter=7');
  });
});
