/**
 * Persistence of the vault record in storage.local with a last good copy. Every write first
 * copies the current record to PREVIOUS_KEY and only then replaces RECORD_KEY, each with its
 * own set call, so a write interrupted at any point leaves a complete record under one key.
 */
import { checksumMatches } from './record';
import { FORMAT_VERSION, PREVIOUS_KEY, RECORD_KEY, formatOf, parseRecord } from './format';
import type { VaultRecord } from './format';
import type { StorageArea } from './types';

/** What a storage key holds, classified without any key. */
export type StoredVault =
  | { kind: 'empty' }
  | { kind: 'record'; record: VaultRecord }
  /** An older format that migrate.ts converts. */
  | { kind: 'outdated'; format: number; value: unknown }
  /** A format written by a newer release of the extension. */
  | { kind: 'newer'; format: number }
  /** Not a record, or a record whose checksum does not match. */
  | { kind: 'damaged' };

/** Classify a stored value: the structure and checksum are checked, the MAC is not. */
export async function classify(value: unknown): Promise<StoredVault> {
  if (value === undefined) return { kind: 'empty' };
  const format = formatOf(value);
  if (format < FORMAT_VERSION) return { kind: 'outdated', format, value };
  if (format > FORMAT_VERSION) return { kind: 'newer', format };
  const record = parseRecord(value);
  if (record === null || !(await checksumMatches(record))) return { kind: 'damaged' };
  return { kind: 'record', record };
}

export class RecordStore {
  constructor(private readonly local: StorageArea) {}

  async read(): Promise<StoredVault> {
    return classify(await this.readRaw(RECORD_KEY));
  }

  async readPrevious(): Promise<StoredVault> {
    return classify(await this.readRaw(PREVIOUS_KEY));
  }

  /**
   * Store a new record. The current record becomes the previous copy only when its checksum
   * matches, so a damaged record never overwrites the last good copy. With `replacePrevious`,
   * the previous copy is then set to the new record as well: a passphrase change uses this so
   * the old passphrase opens no copy once both calls succeed.
   */
  async write(record: VaultRecord, options: { replacePrevious?: boolean } = {}): Promise<void> {
    const current = await this.readRaw(RECORD_KEY);
    if ((await classify(current)).kind === 'record') {
      await this.local.set({ [PREVIOUS_KEY]: current });
    }
    await this.local.set({ [RECORD_KEY]: record });
    if (options.replacePrevious === true) await this.local.set({ [PREVIOUS_KEY]: record });
  }

  /**
   * Store the first format 1 record in place of an outdated one and drop the previous copy, so
   * no plain-text copy of a format 0 vault stays on disk.
   */
  async replaceOutdated(record: VaultRecord): Promise<void> {
    await this.local.set({ [RECORD_KEY]: record, [PREVIOUS_KEY]: record });
  }

  /** Copy the previous record over the current one; returns false when there is none. */
  async restorePrevious(): Promise<boolean> {
    const previous = await this.readPrevious();
    if (previous.kind !== 'record') return false;
    await this.local.set({ [RECORD_KEY]: previous.record });
    return true;
  }

  private async readRaw(key: string): Promise<unknown> {
    const items = await this.local.get(key);
    return items[key];
  }
}
