/**
 * Duplicate detection. Two keys are the same account when their secrets decode to the same bytes
 * and their issuers and account names match after normalization: Unicode NFKC, trimmed, runs of
 * spaces collapsed and letter case ignored.
 */
import { Secret } from 'otpauth';
import type { KeyDraft } from '../account';

type Identity = Pick<KeyDraft, 'issuer' | 'label' | 'secret'>;

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Returns the key that two drafts share exactly when they are duplicates. The secret enters as
 * hex of its bytes, so "JBSWY3DPEHPK3PXP" and a longer spelling with unused trailing bits match.
 * The key contains the secret: keep it in the worker and never log it.
 */
export function duplicateKey(draft: Identity): string {
  const secretHex = Secret.fromBase32(draft.secret).hex;
  return [secretHex, normalizeName(draft.issuer), normalizeName(draft.label)].join('\u0000');
}

/** Tells whether a draft duplicates any of the given accounts. */
export function isDuplicate(draft: Identity, existing: readonly Identity[]): boolean {
  const key = duplicateKey(draft);
  return existing.some((account) => duplicateKey(account) === key);
}

/**
 * Splits drafts into new ones and duplicates, against the stored accounts and against drafts
 * earlier in the same list. The order of the input is kept.
 */
export function partitionDuplicates<Draft extends Identity>(
  drafts: readonly Draft[],
  existing: readonly Identity[],
): { unique: Draft[]; duplicates: Draft[] } {
  const seen = new Set(existing.map(duplicateKey));
  const unique: Draft[] = [];
  const duplicates: Draft[] = [];
  for (const draft of drafts) {
    const key = duplicateKey(draft);
    if (seen.has(key)) {
      duplicates.push(draft);
      continue;
    }
    seen.add(key);
    unique.push(draft);
  }
  return { unique, duplicates };
}
