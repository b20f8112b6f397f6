/**
 * Encrypted backup file, version 1: the accounts in JSON under AES-256-GCM with a key derived
 * from the backup's own passphrase by Argon2id. The header is the additional data, so a file
 * whose header was edited does not decrypt.
 */
import type { Account, KeyDraft } from '../../shared/account';
import { t } from '../../shared/i18n';
import { fail, ok, type Result } from '../../shared/result';
import { isKeyDraft, toKeyDraft } from './accountShape';
import { open, seal, type Sealed } from './cipher';
import { canonicalJson, fromUtf8, utf8 } from './encoding';
import { isSealed, isStoredKdf } from './format';
import { deriveKek, kdfWithinBounds, newKdf, type KdfParams, type StoredKdf } from './kdf';

const BACKUP_KIND = 'mail-authenticator-backup';
const BACKUP_VERSION = 1;

interface BackupHeader {
  kind: typeof BACKUP_KIND;
  version: typeof BACKUP_VERSION;
  createdAt: number;
  kdf: StoredKdf;
}

interface BackupFile extends BackupHeader {
  payload: Sealed;
}

/** An account as a backup carries it: without its id, which the importing vault assigns. */
export interface BackupEntry extends KeyDraft {
  origin?: string;
  createdAt?: number;
}

export type BackupError = 'invalid-request' | 'wrong-passphrase' | 'corrupted' | 'unavailable';

function headerAdditionalData(header: BackupHeader): Uint8Array<ArrayBuffer> {
  const { kind, version, createdAt, kdf } = header;
  return utf8(canonicalJson({ kind, version, createdAt, kdf }));
}

function toEntry(account: Account): BackupEntry {
  return { ...toKeyDraft(account), origin: account.origin, createdAt: account.createdAt };
}

/** Encrypt the accounts into the text of a backup file. */
export async function encryptBackup(
  accounts: readonly Account[],
  passphrase: string,
  params: KdfParams,
  createdAt: number,
): Promise<string> {
  const header: BackupHeader = {
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    createdAt,
    kdf: newKdf(params),
  };
  const key = await deriveKek(passphrase, header.kdf);
  const plaintext = utf8(JSON.stringify({ accounts: accounts.map(toEntry) }));
  const payload = await seal(key, plaintext, headerAdditionalData(header));
  const file: BackupFile = { ...header, payload };
  return JSON.stringify(file, null, 2);
}

/** Kind of a file given as a backup, decided before any passphrase is needed. */
export type BackupKind = 'encrypted' | 'key-uris' | 'not-backup';

const KEY_URI_LINE = /^otpauth(-migration)?:\/\//i;

/**
 * Decide what a file given as a backup contains. An encrypted backup is a JSON object of this
 * format's kind, even one too new or too damaged to open. A plain backup, as exportPlain writes
 * it, is a list of key URIs like any other, so a file with at least one line that starts like a
 * key URI counts as such a list. Every other file, empty or binary ones included, is no backup.
 */
export function detectBackupKind(contents: string): BackupKind {
  if (hasBackupKind(contents)) return 'encrypted';
  const lines = contents.split(/\r\n|\r|\n/);
  return lines.some((line) => KEY_URI_LINE.test(line.trim())) ? 'key-uris' : 'not-backup';
}

function hasBackupKind(contents: string): boolean {
  // Only a JSON object can be a backup, and the check spares parsing a large list of lines.
  if (!contents.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(contents);
    return (
      typeof value === 'object' && value !== null && 'kind' in value && value.kind === BACKUP_KIND
    );
  } catch {
    return false;
  }
}

function parseBackup(contents: string): Result<BackupFile, BackupError> {
  const notBackup = fail('invalid-request', t('backupErrorNotBackup'));
  let value: unknown;
  try {
    value = JSON.parse(contents);
  } catch {
    return notBackup;
  }
  if (typeof value !== 'object' || value === null) return notBackup;
  const fields = value as Record<string, unknown>;
  if (fields.kind !== BACKUP_KIND) return notBackup;
  if (typeof fields.version === 'number' && fields.version > BACKUP_VERSION) {
    return fail('unavailable', t('backupErrorNewerVersion'));
  }
  const valid =
    fields.version === BACKUP_VERSION &&
    typeof fields.createdAt === 'number' &&
    isStoredKdf(fields.kdf) &&
    isSealed(fields.payload);
  return valid ? ok(value as BackupFile) : fail('corrupted', t('backupErrorDamaged'));
}

/** Decrypt a backup file and check every account in it. */
export async function decryptBackup(
  contents: string,
  passphrase: string,
  kdfFloor: KdfParams,
): Promise<Result<BackupEntry[], BackupError>> {
  const parsed = parseBackup(contents);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (!kdfWithinBounds(file.kdf, kdfFloor)) {
    return fail('corrupted', t('backupErrorKdfOutOfRange'));
  }
  const key = await deriveKek(passphrase, file.kdf);
  const plaintext = await open(key, file.payload, headerAdditionalData(file));
  if (plaintext === null) {
    return fail('wrong-passphrase', t('backupErrorDecryptFailed'));
  }
  const accounts = parseEntries(plaintext);
  if (accounts === null) {
    return fail('corrupted', t('backupErrorAccountsInvalid'));
  }
  return ok(accounts);
}

function parseEntries(plaintext: Uint8Array): BackupEntry[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(fromUtf8(plaintext));
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const { accounts } = payload as { accounts?: unknown };
  return Array.isArray(accounts) && accounts.every(isBackupEntry) ? accounts : null;
}

function isBackupEntry(value: unknown): value is BackupEntry {
  if (!isKeyDraft(value)) return false;
  const { origin, createdAt } = value as BackupEntry;
  return (
    (origin === undefined || typeof origin === 'string') &&
    (createdAt === undefined || Number.isSafeInteger(createdAt))
  );
}
