/**
 * Stored vault record, format 1. See docs/vault.md for the layout and the reasons behind it.
 * The parser checks structure only; record.ts checks the checksum, the MAC and the ciphertext.
 */
import type { Sealed } from './cipher';
import type { StoredKdf } from './kdf';

export const FORMAT_VERSION = 1;

/** storage.local key of the current record. */
export const RECORD_KEY = 'vault.record';
/** storage.local key of the copy that was current before the last write. */
export const PREVIOUS_KEY = 'vault.previous';

/** The master key wrapped under a key derived from the passphrase with Argon2id. */
export interface PassphraseSlot {
  kind: 'passphrase';
  id: string;
  kdf: StoredKdf;
  wrapped: Sealed;
}

/** The master key wrapped under a non-extractable device key kept in IndexedDB. */
export interface DeviceSlot {
  kind: 'device';
  id: string;
  keyId: string;
  wrapped: Sealed;
}

export type KeySlot = PassphraseSlot | DeviceSlot;

export interface VaultRecord {
  format: typeof FORMAT_VERSION;
  /** Random id that binds slots and entries to this vault, so parts of two vaults cannot mix. */
  vaultId: string;
  /** Incremented by every write. */
  revision: number;
  writtenAt: number;
  slots: KeySlot[];
  /** AES-256-GCM of the account list in JSON, with entriesAdditionalData() as additional data. */
  entries: Sealed;
  /** HMAC-SHA-256 of the canonical record without mac and checksum, under the header key. */
  mac: string;
  /** SHA-256 of the canonical record without checksum, which catches damage before unlock. */
  checksum: string;
}

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length < 10_000_000;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isSealed(value: unknown): value is Sealed {
  return isFields(value) && isText(value.nonce) && isText(value.ciphertext);
}

export function isStoredKdf(value: unknown): value is StoredKdf {
  return (
    isFields(value) &&
    value.algorithm === 'argon2id' &&
    isCount(value.memoryKiB) &&
    isCount(value.iterations) &&
    isCount(value.parallelism) &&
    isText(value.salt)
  );
}

function isSlot(value: unknown): value is KeySlot {
  if (!isFields(value) || !isText(value.id) || !isSealed(value.wrapped)) return false;
  if (value.kind === 'passphrase') return isStoredKdf(value.kdf);
  return value.kind === 'device' && isText(value.keyId);
}

/** Read the format number of a stored value: 0 for the plain pre-release layout, NaN if none. */
export function formatOf(value: unknown): number {
  if (!isFields(value)) return Number.NaN;
  if (value.format === undefined && Array.isArray(value.accounts)) return 0;
  return isCount(value.format) ? value.format : Number.NaN;
}

/** Check the shape of a format 1 record. Returns null when a field is missing or mistyped. */
export function parseRecord(value: unknown): VaultRecord | null {
  if (!isFields(value) || value.format !== FORMAT_VERSION) return null;
  const { vaultId, revision, writtenAt, slots, entries, mac, checksum } = value;
  const valid =
    isText(vaultId) &&
    isCount(revision) &&
    isCount(writtenAt) &&
    Array.isArray(slots) &&
    slots.length > 0 &&
    slots.every(isSlot) &&
    isSealed(entries) &&
    isText(mac) &&
    isText(checksum);
  return valid ? (value as unknown as VaultRecord) : null;
}

export function passphraseSlot(record: VaultRecord): PassphraseSlot | undefined {
  return record.slots.find((slot): slot is PassphraseSlot => slot.kind === 'passphrase');
}

export function deviceSlot(record: VaultRecord): DeviceSlot | undefined {
  return record.slots.find((slot): slot is DeviceSlot => slot.kind === 'device');
}
