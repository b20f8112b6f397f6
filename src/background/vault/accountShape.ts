/** Shape checks for accounts read back from the vault or a backup, and the duplicate rule. */
import type { Account, Algorithm, KeyDraft } from '../../shared/account';

const ALGORITHMS: readonly Algorithm[] = ['SHA1', 'SHA256', 'SHA512'];
const BASE32 = /^[A-Z2-7]+$/;

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/**
 * Check a key draft field by field. The bounds are those of RFC 4226 and RFC 6238 as
 * authenticator apps apply them: 6 to 10 digits, and a period of 1 second to 1 day.
 */
export function isKeyDraft(value: unknown): value is KeyDraft {
  if (!isFields(value)) return false;
  return (
    (value.type === 'totp' || value.type === 'hotp') &&
    typeof value.secret === 'string' &&
    BASE32.test(value.secret) &&
    ALGORITHMS.includes(value.algorithm as Algorithm) &&
    isIntegerIn(value.digits, 6, 10) &&
    isIntegerIn(value.period, 1, 86_400) &&
    isIntegerIn(value.counter, 0, Number.MAX_SAFE_INTEGER) &&
    typeof value.issuer === 'string' &&
    typeof value.label === 'string'
  );
}

export function isAccount(value: unknown): value is Account {
  if (!isKeyDraft(value)) return false;
  const fields = value as unknown as Fields;
  return (
    typeof fields.id === 'string' &&
    fields.id.length > 0 &&
    isIntegerIn(fields.createdAt, 0, Number.MAX_SAFE_INTEGER) &&
    (fields.origin === undefined || typeof fields.origin === 'string')
  );
}

/**
 * Identity used to find duplicates: the same secret, issuer and account name. Issuer and name
 * are compared after trimming and without regard to case, as mail services vary the case.
 */
export function duplicateKey(draft: KeyDraft): string {
  const fold = (text: string) => text.trim().normalize('NFC').toLowerCase();
  return JSON.stringify([draft.secret, fold(draft.issuer), fold(draft.label)]);
}

/** Copy only the fields of a key draft, dropping anything else an object carries. */
export function toKeyDraft(value: KeyDraft): KeyDraft {
  const { type, secret, algorithm, digits, period, counter, issuer, label } = value;
  return { type, secret, algorithm, digits, period, counter, issuer, label };
}

/**
 * Append the drafts that duplicate neither a stored account nor an earlier draft of the same
 * batch. `createAccount` gives each kept draft its id, origin and creation time.
 */
export function appendNewDrafts<Draft extends KeyDraft>(
  stored: readonly Account[],
  drafts: readonly Draft[],
  createAccount: (draft: Draft) => Account,
): { accounts: Account[]; added: Account[]; skipped: Draft[] } {
  const seen = new Set(stored.map(duplicateKey));
  const added: Account[] = [];
  const skipped: Draft[] = [];
  for (const draft of drafts) {
    const key = duplicateKey(draft);
    if (seen.has(key)) {
      skipped.push(draft);
      continue;
    }
    seen.add(key);
    added.push(createAccount(draft));
  }
  return { accounts: [...stored, ...added], added, skipped };
}
