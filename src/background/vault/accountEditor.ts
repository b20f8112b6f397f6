/**
 * Changes to the account list: merging new accounts, deleting one, and advancing an HOTP
 * counter. Each change re-reads and re-verifies the record before it writes, and the Vault
 * runs each one as a single task of its queue.
 */
import type { Account } from '../../shared/account';
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { appendNewDrafts, toKeyDraft } from './accountShape';
import type { BackupEntry } from './backup';
import { passphraseSlot } from './format';
import type { KeyAccess } from './keyAccess';
import type { RecordKeeper } from './recordKeeper';
import { assertPassphraseOptional } from './rules';
import type { VaultSettings } from './types';

function notFound(): ExtensionError {
  return new ExtensionError('not-found', t('vaultAccountNotFound'));
}

export class AccountEditor {
  constructor(
    private readonly records: RecordKeeper,
    private readonly keys: KeyAccess,
    private readonly settings: () => Promise<VaultSettings>,
    private readonly now: () => number,
  ) {}

  /**
   * Append the entries that duplicate no stored account, creating the vault when none exists.
   * Rejects with 'policy' when the settings require a passphrase that the vault lacks.
   */
  async merge(
    entries: readonly BackupEntry[],
  ): Promise<{ added: Account[]; skipped: BackupEntry[] }> {
    const record = await this.records.load();
    if (record === null || passphraseSlot(record) === undefined) {
      assertPassphraseOptional(await this.settings());
    }
    const createAccount = (entry: BackupEntry): Account => ({
      ...toKeyDraft(entry),
      ...(entry.origin === undefined ? {} : { origin: entry.origin }),
      id: crypto.randomUUID(),
      createdAt: entry.createdAt ?? this.now(),
    });
    if (record === null) {
      const merged = appendNewDrafts([], entries, createAccount);
      if (merged.added.length > 0) await this.records.create(merged.accounts, null);
      return merged;
    }
    const key = await this.keys.requireKey(record);
    const merged = appendNewDrafts(await this.records.open(record, key), entries, createAccount);
    if (merged.added.length > 0) await this.records.write(record, key, merged.accounts);
    return merged;
  }

  /** Delete one account. Throws 'not-found' when no account has that id. */
  async delete(id: string): Promise<void> {
    await this.edit((accounts) => {
      const remaining = accounts.filter((account) => account.id !== id);
      if (remaining.length === accounts.length) throw notFound();
      return remaining;
    });
  }

  /** Return the HOTP account as it was, after storing its counter plus one. */
  async advanceHotpCounter(id: string): Promise<Account> {
    let used: Account | undefined;
    await this.edit((accounts) => {
      used = accounts.find((account) => account.id === id);
      if (used === undefined) throw notFound();
      if (used.type !== 'hotp') {
        throw new ExtensionError('invalid-request', t('vaultTotpNoCounter'));
      }
      return accounts.map((account) =>
        account.id === id ? { ...account, counter: account.counter + 1 } : account,
      );
    });
    if (used === undefined) throw notFound();
    return used;
  }

  private async edit(change: (accounts: Account[]) => Account[]): Promise<void> {
    const record = await this.records.require();
    const key = await this.keys.requireKey(record);
    const accounts = change(await this.records.open(record, key));
    await this.records.write(record, key, accounts);
  }
}
