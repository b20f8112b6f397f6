/**
 * The encrypted vault of the background worker, which stores every secret. Every public
 * method runs through one queue, so two requests never interleave their reads and writes.
 * See docs/vault.md for the design and the threat model.
 */
import type { Account, KeyDraft } from '../../shared/account';
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { VaultStatus } from '../../shared/messages';
import { AUTO_LOCK_ALARM } from '../autoLock';
import { AccountEditor } from './accountEditor';
import { decryptBackup, encryptBackup, type BackupEntry } from './backup';
import { passphraseSlot, type VaultRecord } from './format';
import { MINIMUM_KDF, PRODUCTION_KDF, type KdfParams } from './kdf';
import { KeyAccess } from './keyAccess';
import { exportKeyUris } from './keyUris';
import { RecordKeeper } from './recordKeeper';
import { assertStrongPassphrase } from './rules';
import { RecordStore } from './store';
import type { VaultOptions } from './types';

export class Vault {
  private readonly store: RecordStore;
  private readonly keys: KeyAccess;
  private readonly records: RecordKeeper;
  private readonly editor: AccountEditor;
  private readonly kdf: KdfParams;
  private readonly kdfFloor: KdfParams;
  private readonly now: () => number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: VaultOptions) {
    this.now = options.now ?? Date.now;
    this.kdf = options.kdf ?? PRODUCTION_KDF;
    this.kdfFloor = options.kdfFloor ?? MINIMUM_KDF;
    this.store = new RecordStore(options.local);
    this.keys = new KeyAccess({ ...options, now: this.now, kdfFloor: this.kdfFloor });
    this.records = new RecordKeeper({
      store: this.store,
      keys: this.keys,
      deviceKeys: options.deviceKeys,
      settings: options.settings,
      kdf: this.kdf,
      now: this.now,
    });
    this.editor = new AccountEditor(this.records, this.keys, options.settings, this.now);
  }

  /** Report the state. A vault that may unlock itself through its device slot unlocks here. */
  status(): Promise<VaultStatus> {
    return this.serialize(() => this.readStatus());
  }

  /** Unlock with the passphrase. Throws 'wrong-passphrase', 'rate-limited' or 'corrupted'. */
  unlock(passphrase: string): Promise<VaultStatus> {
    return this.serialize(async () => {
      const record = await this.records.require();
      const key = await this.keys.checkPassphrase(record, passphrase);
      await this.records.open(record, key);
      await this.keys.remember(record.vaultId, key);
      await this.records.rewriteSlots(record, key, 'keep');
      return this.readStatus();
    });
  }

  /** Wipe the key from the session. A vault without a passphrase unlocks itself again on use. */
  lock(): Promise<VaultStatus> {
    return this.serialize(async () => {
      await this.keys.lock();
      return this.readStatus();
    });
  }

  /**
   * Set or change the passphrase. The current one is required when there is one, even while
   * unlocked, so a person at an unlocked browser cannot take the vault over. On an empty
   * vault this creates it.
   */
  setPassphrase(current: string | null, next: string): Promise<VaultStatus> {
    return this.serialize(async () => {
      assertStrongPassphrase(next, await this.options.settings());
      const record = await this.records.load();
      if (record === null) {
        await this.records.create([], next);
      } else {
        const key = await this.keyForChange(record, current);
        await this.records.rewriteSlots(record, key, { next });
      }
      return this.readStatus();
    });
  }

  /** Remove the passphrase slot. Rejects with 'policy' when the settings require a passphrase. */
  removePassphrase(current: string): Promise<VaultStatus> {
    return this.serialize(async () => {
      const settings = await this.options.settings();
      if (settings.requirePassphrase) {
        throw new ExtensionError('policy', t('passphraseRequired'));
      }
      const record = await this.records.require();
      const key = await this.keys.checkPassphrase(record, current);
      await this.records.rewriteSlots(record, key, 'none');
      return this.readStatus();
    });
  }

  /**
   * Bring the slots in line with lockOnBrowserRestart after the settings changed. Does nothing
   * while locked; the next unlock applies the change.
   */
  applySettings(): Promise<void> {
    return this.serialize(async () => {
      const record = await this.records.load();
      if (record === null) return;
      const key = await this.keys.currentKey(record);
      if (key !== null) await this.records.rewriteSlots(record, key, 'keep');
    });
  }

  /** Return every account with its secret, or [] before the vault exists. Throws 'locked'. */
  accounts(): Promise<Account[]> {
    return this.serialize(async () => {
      const record = await this.records.load();
      if (record === null) return [];
      return this.records.open(record, await this.keys.requireKey(record));
    });
  }

  /**
   * Add key drafts, skipping any with the same secret, issuer and account name as a stored
   * account or an earlier draft. Creates the vault on first use.
   */
  addAccounts(
    drafts: readonly KeyDraft[],
    origin?: string,
  ): Promise<{ added: Account[]; skipped: KeyDraft[] }> {
    return this.serialize(async () => {
      const entries = drafts.map((draft): BackupEntry => ({ ...draft, origin }));
      const { added, skipped } = await this.editor.merge(entries);
      return { added, skipped };
    });
  }

  /** Delete one account. Throws 'not-found' when no account has that id. */
  deleteAccount(id: string): Promise<void> {
    return this.serialize(() => this.editor.delete(id));
  }

  /**
   * Return an HOTP account with the counter value for its next code, and store the counter
   * plus one before returning, so a code is not generated twice even if the caller fails.
   * Throws 'not-found' for an unknown id and 'invalid-request' for a TOTP account.
   */
  advanceHotpCounter(id: string): Promise<Account> {
    return this.serialize(() => this.editor.advanceHotpCounter(id));
  }

  /** Encrypt all accounts into a backup file under its own passphrase. */
  exportBackup(passphrase: string): Promise<string> {
    return this.serialize(async () => {
      assertStrongPassphrase(passphrase, await this.options.settings());
      const record = await this.records.require();
      const accounts = await this.records.open(record, await this.keys.requireKey(record));
      return encryptBackup(accounts, passphrase, this.kdf, this.now());
    });
  }

  /** Merge a backup file into the vault without duplicates, creating the vault if needed. */
  importBackup(contents: string, passphrase: string): Promise<{ added: number; skipped: number }> {
    return this.serialize(async () => {
      const decrypted = await decryptBackup(contents, passphrase, this.kdfFloor);
      if (!decrypted.ok) throw new ExtensionError(decrypted.error, decrypted.message);
      const { added, skipped } = await this.editor.merge(decrypted.value);
      return { added: added.length, skipped: skipped.length };
    });
  }

  /** Return every account as an otpauth:// URI, one a line. The caller checks the policy. */
  exportPlain(): Promise<string> {
    return this.accounts().then(exportKeyUris);
  }

  /** Record user activity, which moves the auto-lock deadline. */
  touch(): Promise<void> {
    return this.serialize(async () => {
      let record: VaultRecord | null;
      try {
        record = await this.records.load();
      } catch (error) {
        // A damaged record has no session to extend, and unlock() reports the damage.
        if (error instanceof ExtensionError) return;
        throw error;
      }
      if (record !== null) await this.keys.touch(record);
    });
  }

  /** Handle a browser.alarms alarm. Other names are ignored, so a listener may forward every alarm. */
  handleAlarm(name: string): Promise<void> {
    if (name !== AUTO_LOCK_ALARM) return Promise.resolve();
    return this.serialize(() => this.keys.lockIfIdle());
  }

  /** Put the last good copy back in place of a damaged record. Throws 'not-found' without one. */
  restorePreviousCopy(): Promise<VaultStatus> {
    return this.serialize(async () => {
      if (!(await this.store.restorePrevious())) {
        throw new ExtensionError('not-found', t('vaultNoPreviousCopy'));
      }
      return this.readStatus();
    });
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async readStatus(): Promise<VaultStatus> {
    const retryAfterMs = await this.keys.retryAfterMs();
    let record: VaultRecord | null;
    try {
      record = await this.records.load();
    } catch (error) {
      // A damaged or newer record reads as locked, and unlock() then reports the reason.
      if (error instanceof ExtensionError)
        return { state: 'locked', hasPassphrase: true, retryAfterMs };
      throw error;
    }
    if (record === null) return { state: 'uninitialized', hasPassphrase: false, retryAfterMs };
    const hasPassphrase = passphraseSlot(record) !== undefined;
    const key = await this.keys.currentKey(record);
    return { state: key === null ? 'locked' : 'unlocked', hasPassphrase, retryAfterMs };
  }

  /** Return the master key for a slot change, checking the current passphrase if there is one. */
  private async keyForChange(
    record: VaultRecord,
    current: string | null,
  ): Promise<Uint8Array<ArrayBuffer>> {
    if (passphraseSlot(record) === undefined) return this.keys.requireKey(record);
    if (current === null) {
      throw new ExtensionError('wrong-passphrase', t('vaultCurrentPassphraseMissing'));
    }
    return this.keys.checkPassphrase(record, current);
  }
}
