import { summarize as summarizeAccount, type Account, type KeyDraft } from '../shared/account';
import { isDuplicate } from '../shared/otp/duplicates';
import { ExtensionError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { AddedAccount } from '../shared/messages';
import { decodeMigrationUri, isMigrationUri } from '../shared/otp/migration';
import { parseKeyUri } from '../shared/otp/keyUri';
import { INVALID_QR_MESSAGE } from '../shared/otp/qrText';
import type { Settings } from '../shared/settings';
import { codeFor } from './codes';
import { getVault } from './services';

/** Kind of text a QR code or a pasted line holds. */
export type KeyText =
  { kind: 'keys'; drafts: KeyDraft[] } | { kind: 'invalid'; message: string } | { kind: 'other' };

/**
 * Read the keys out of a decoded QR text or a pasted line. A text that is not an otpauth URI at
 * all (an app-store link, say) is 'other' and never offered; an otpauth URI that does not parse
 * gets the parser's reason.
 */
export function readKeyText(text: string): KeyText {
  const trimmed = text.trim();
  if (isMigrationUri(trimmed)) {
    const payload = decodeMigrationUri(trimmed);
    if (!payload.ok) return { kind: 'invalid', message: payload.message };
    if (payload.value.accounts.length === 0) {
      // An export whose accounts were all refused (MD5, say) gets the reason for the first one.
      const rejected = payload.value.rejected[0];
      const name = [rejected?.issuer, rejected?.label].filter(Boolean).join(': ');
      const message =
        rejected === undefined
          ? INVALID_QR_MESSAGE
          : t('importAccountSkipped', [name, rejected.reason]);
      return { kind: 'invalid', message };
    }
    return { kind: 'keys', drafts: payload.value.accounts };
  }
  if (!/^otpauth:/i.test(trimmed)) return { kind: 'other' };
  const parsed = parseKeyUri(trimmed);
  return parsed.ok
    ? { kind: 'keys', drafts: [parsed.value] }
    : { kind: 'invalid', message: parsed.message };
}

/**
 * Returns why the administrator does not accept the key's issuer, or null when the issuer is
 * accepted. Issuers are compared without regard to case.
 */
export function issuerRejection(draft: KeyDraft, settings: Settings): string | null {
  if (settings.acceptedIssuers.length === 0) return null;
  const issuer = draft.issuer.trim().toLowerCase();
  if (settings.acceptedIssuers.some((accepted) => accepted.trim().toLowerCase() === issuer)) {
    return null;
  }
  return issuer === '' ? t('importIssuerMissing') : t('importIssuerNotAllowed', draft.issuer);
}

/** Reject a key whose issuer the administrator does not accept. */
export function checkIssuer(draft: KeyDraft, settings: Settings): void {
  const rejection = issuerRejection(draft, settings);
  if (rejection !== null) throw new ExtensionError('policy', rejection);
}

/** Store keys in the vault and return each new account with its first code. */
export async function storeDrafts(
  drafts: KeyDraft[],
  origin: string | undefined,
  settings: Settings,
): Promise<AddedAccount[]> {
  for (const draft of drafts) checkIssuer(draft, settings);
  const vault = getVault();
  const { added } = await vault.addAccounts(drafts, origin);
  if (added.length === 0) {
    throw new ExtensionError('duplicate', t('importAlreadyStored'));
  }
  return Promise.all(
    added.map(async (account) => ({
      account: summarizeAccount(account),
      code: await codeFor(account, settings),
    })),
  );
}

/**
 * Store the key of an attach page and return its account. When the same key is stored already
 * (the user pressed Add twice, or reloaded the page), that account is returned instead, so the
 * attach form still gets its code.
 */
export async function attachDraft(
  draft: KeyDraft,
  origin: string,
  settings: Settings,
): Promise<Account> {
  checkIssuer(draft, settings);
  const vault = getVault();
  const { added } = await vault.addAccounts([draft], origin);
  const account = added[0] ?? (await vault.accounts()).find((known) => isDuplicate(draft, [known]));
  if (account === undefined) throw new ExtensionError('internal', t('accountsNotReadBack'));
  return account;
}
