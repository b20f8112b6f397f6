/**
 * Record-level steps of the vault: loading with migration, decrypting, writing accounts,
 * creating a vault and replacing its slots. The Vault class runs them inside its queue.
 */
import type { Account } from '../../shared/account';
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { createLogger } from '../../shared/log';
import { deriveVaultKeys } from './cipher';
import { FORMAT_VERSION, type VaultRecord } from './format';
import type { KdfParams } from './kdf';
import type { KeyAccess } from './keyAccess';
import { migrateRecord } from './migrate';
import { openEntries, resealSlots, sealRecord } from './record';
import { planSlots, sameSlots, type PassphraseChoice } from './slotPlan';
import { newMasterKey } from './slots';
import { classify, type RecordStore } from './store';
import type { DeviceKeyStore, VaultSettings } from './types';

const log = createLogger('vault');

/** Error for a record that fails its checksum, MAC or decryption. */
export function corruptedError(): ExtensionError {
  return new ExtensionError('corrupted', t('vaultIntegrityFailed'));
}

export interface RecordKeeperOptions {
  store: RecordStore;
  keys: KeyAccess;
  deviceKeys: DeviceKeyStore;
  settings: () => Promise<VaultSettings>;
  kdf: KdfParams;
  now: () => number;
}

export class RecordKeeper {
  constructor(private readonly options: RecordKeeperOptions) {}

  /** Return the current record, migrated to format 1; null when no vault is stored. */
  async load(): Promise<VaultRecord | null> {
    const stored = await this.options.store.read();
    switch (stored.kind) {
      case 'empty':
        return null;
      case 'record':
        return stored.record;
      case 'outdated':
        return this.migrate(stored.value, stored.format);
      case 'newer':
        throw new ExtensionError('unavailable', t('vaultNewerFormat', String(stored.format)));
      case 'damaged':
        throw corruptedError();
    }
  }

  /** Return the current record; throws 'locked' when no vault exists yet, as nothing can be read. */
  async require(): Promise<VaultRecord> {
    const record = await this.load();
    if (record !== null) return record;
    throw new ExtensionError('locked', t('vaultMissing'));
  }

  /** Verify and decrypt the accounts; throws 'corrupted' when any check fails. */
  async open(record: VaultRecord, masterKey: Uint8Array<ArrayBuffer>): Promise<Account[]> {
    const accounts = await openEntries(await deriveVaultKeys(masterKey), record);
    if (accounts === null) throw corruptedError();
    return accounts;
  }

  /** Encrypt the accounts into the next revision and store it. */
  async write(
    record: VaultRecord,
    masterKey: Uint8Array<ArrayBuffer>,
    accounts: readonly Account[],
  ): Promise<void> {
    const fields = {
      vaultId: record.vaultId,
      revision: record.revision + 1,
      writtenAt: this.options.now(),
      slots: record.slots,
    };
    const next = await sealRecord(await deriveVaultKeys(masterKey), fields, accounts);
    await this.options.store.write(next);
  }

  /** Create, store and unlock a new vault, with a passphrase slot when one is given. */
  async create(accounts: readonly Account[], passphrase: string | null): Promise<VaultRecord> {
    const { record, masterKey } = await this.seal(accounts, passphrase);
    await this.options.store.write(record);
    await this.options.keys.remember(record.vaultId, masterKey);
    return record;
  }

  /**
   * Rebuild the slots for the passphrase choice and the current settings, and store the record
   * in both places, so an old passphrase opens no stored copy. With 'keep', nothing is written
   * unless lockOnBrowserRestart changed. The entries are verified first, so a tampered record
   * is never signed anew.
   */
  async rewriteSlots(
    record: VaultRecord,
    masterKey: Uint8Array<ArrayBuffer>,
    passphrase: PassphraseChoice,
  ): Promise<void> {
    await this.open(record, masterKey);
    const settings = await this.options.settings();
    const plan = await planSlots({
      vaultId: record.vaultId,
      masterKey,
      current: record.slots,
      passphrase,
      lockOnBrowserRestart: settings.lockOnBrowserRestart,
      kdf: this.options.kdf,
      deviceKeys: this.options.deviceKeys,
    });
    if (passphrase === 'keep' && sameSlots(plan.slots, record.slots)) return;
    const keys = await deriveVaultKeys(masterKey);
    const next = await resealSlots(keys, record, plan.slots, this.options.now());
    await this.options.store.write(next, { replacePrevious: true });
    await this.options.keys.remember(record.vaultId, masterKey);
    for (const keyId of plan.unusedDeviceKeyIds) await this.options.deviceKeys.delete(keyId);
  }

  private async migrate(value: unknown, format: number): Promise<VaultRecord> {
    const migrated = await migrateRecord(value, {
      createVault: async (accounts) => (await this.seal(accounts, null)).record,
      now: this.options.now,
    });
    const outcome = await classify(migrated);
    if (outcome.kind !== 'record') throw corruptedError();
    await this.options.store.replaceOutdated(outcome.record);
    log.info(`Migrated the vault from format ${format} to format ${FORMAT_VERSION}.`);
    return outcome.record;
  }

  private async seal(
    accounts: readonly Account[],
    passphrase: string | null,
  ): Promise<{ record: VaultRecord; masterKey: Uint8Array<ArrayBuffer> }> {
    const vaultId = crypto.randomUUID();
    const masterKey = newMasterKey();
    const settings = await this.options.settings();
    const { slots } = await planSlots({
      vaultId,
      masterKey,
      current: [],
      passphrase: passphrase === null ? 'none' : { next: passphrase },
      lockOnBrowserRestart: settings.lockOnBrowserRestart,
      kdf: this.options.kdf,
      deviceKeys: this.options.deviceKeys,
    });
    const fields = { vaultId, revision: 1, writtenAt: this.options.now(), slots };
    const record = await sealRecord(await deriveVaultKeys(masterKey), fields, accounts);
    return { record, masterKey };
  }
}
