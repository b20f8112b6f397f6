/**
 * Sealing and opening of format 1 records. Three checks guard a record: an unkeyed SHA-256
 * checksum that distinguishes damaged storage from a wrong passphrase, an HMAC over the whole header
 * and ciphertext that catches deliberate edits, and the AES-GCM tag of the entries.
 */
import type { Account } from '../../shared/account';
import { isAccount } from './accountShape';
import { digest, open, seal, sign, verify, type VaultKeys } from './cipher';
import { canonicalJson, fromUtf8, utf8 } from './encoding';
import { FORMAT_VERSION, type KeySlot, type VaultRecord } from './format';

type Unsigned = Omit<VaultRecord, 'mac' | 'checksum'>;

/**
 * Additional data of the entries. It leaves out the slots and the revision on purpose, so a
 * passphrase change can replace the slots without re-encrypting the entries. The header MAC
 * covers those fields instead.
 */
function entriesAdditionalData(vaultId: string): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson({ purpose: 'entries', format: FORMAT_VERSION, vaultId }));
}

function macInput(record: Unsigned): Uint8Array<ArrayBuffer> {
  const { format, vaultId, revision, writtenAt, slots, entries } = record;
  return utf8(canonicalJson({ format, vaultId, revision, writtenAt, slots, entries }));
}

function checksumInput(record: Omit<VaultRecord, 'checksum'>): Uint8Array<ArrayBuffer> {
  const { format, vaultId, revision, writtenAt, slots, entries, mac } = record;
  return utf8(canonicalJson({ format, vaultId, revision, writtenAt, slots, entries, mac }));
}

async function finish(keys: VaultKeys, record: Unsigned): Promise<VaultRecord> {
  const mac = await sign(keys.header, macInput(record));
  const checksum = await digest(checksumInput({ ...record, mac }));
  return { ...record, mac, checksum };
}

/** Encrypt the account list into a new record. */
export async function sealRecord(
  keys: VaultKeys,
  fields: { vaultId: string; revision: number; writtenAt: number; slots: KeySlot[] },
  accounts: readonly Account[],
): Promise<VaultRecord> {
  const plaintext = utf8(JSON.stringify({ accounts }));
  const entries = await seal(keys.entries, plaintext, entriesAdditionalData(fields.vaultId));
  return finish(keys, { format: FORMAT_VERSION, ...fields, entries });
}

/** Replace the slots of a record and keep its ciphertext as it is. */
export function resealSlots(
  keys: VaultKeys,
  record: VaultRecord,
  slots: KeySlot[],
  writtenAt: number,
): Promise<VaultRecord> {
  const { format, vaultId, revision, entries } = record;
  return finish(keys, { format, vaultId, revision: revision + 1, writtenAt, slots, entries });
}

/** Check whether the record is unchanged since it was written, before any key is known. */
export async function checksumMatches(record: VaultRecord): Promise<boolean> {
  return (await digest(checksumInput(record))) === record.checksum;
}

/**
 * Verify the header MAC and decrypt the entries. Returns null when either check fails or the
 * plaintext is not a list of accounts; the caller reports that as a corrupted vault.
 */
export async function openEntries(keys: VaultKeys, record: VaultRecord): Promise<Account[] | null> {
  if (!(await verify(keys.header, macInput(record), record.mac))) return null;
  const plaintext = await open(keys.entries, record.entries, entriesAdditionalData(record.vaultId));
  if (plaintext === null) return null;
  try {
    const parsed: unknown = JSON.parse(fromUtf8(plaintext));
    if (typeof parsed !== 'object' || parsed === null || !('accounts' in parsed)) return null;
    const { accounts } = parsed;
    return Array.isArray(accounts) && accounts.every(isAccount) ? accounts : null;
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof TypeError) return null;
    throw error;
  }
}
