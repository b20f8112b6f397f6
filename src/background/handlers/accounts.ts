import { summarize, type Account } from '../../shared/account';
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { buildKeyUri } from '../../shared/otp/keyUri';
import { INVALID_QR_MESSAGE } from '../../shared/otp/qrText';
import { validateDraft, type DraftInput } from '../../shared/otp/draft';
import { codesFor, forgetCodeKeys } from '../codes';
import { readKeyText, storeDrafts } from '../intake';
import type { RouteTable } from '../route';
import { getVault } from '../services';
import { effectiveSettings } from '../settings/store';
import { expectOptionalString, expectRecord, expectString } from '../validate';
import { takeOffer } from '../offers';
import { fillTab } from '../fill';
import { isMailOrigin } from '../mailOrigins';
import type { PopupOpening } from '../../shared/messages';

/** Copy the manual-entry fields out of a payload, so validation only ever sees text or numbers. */
function readDraftInput(record: Record<string, unknown>): DraftInput {
  const optional = (key: string): string | number | undefined => {
    const value = record[key];
    return typeof value === 'number' ? value : expectOptionalString(record, key, 64);
  };
  const input: DraftInput = {
    issuer: expectString(record, 'issuer', 512),
    label: expectString(record, 'label', 512),
    secret: expectString(record, 'secret', 2048),
  };
  for (const key of ['type', 'algorithm'] as const) {
    const value = expectOptionalString(record, key, 16);
    if (value !== undefined) input[key] = value;
  }
  for (const key of ['digits', 'period', 'counter'] as const) {
    const value = optional(key);
    if (value !== undefined) input[key] = value;
  }
  return input;
}

/**
 * Read the vault's state, the settings and every current code for the popup. The vault runs
 * its calls in order, so the listing is queued at once and starts right after the status, while
 * the settings are read from storage. A vault found locked, by the status or by the listing,
 * gives no accounts.
 */
async function openPopup(): Promise<PopupOpening> {
  const vault = getVault();
  const settingsRead = effectiveSettings();
  const statusRead = vault.status();
  const accountsRead = vault.accounts();
  // Marks rejections as handled until they are awaited, so none is reported twice.
  settingsRead.catch(() => undefined);
  accountsRead.catch(() => undefined);

  const [status, settings] = await Promise.all([statusRead, settingsRead]);
  const locked = { vault: status, settings, accounts: [], codes: [] };
  if (status.state === 'locked') {
    forgetCodeKeys();
    return locked;
  }
  let accounts: Account[];
  try {
    accounts = await accountsRead;
  } catch (error) {
    if (!(error instanceof ExtensionError) || error.code !== 'locked') throw error;
    forgetCodeKeys();
    return { ...locked, vault: await vault.status() };
  }
  const codes = await codesFor(accounts, settings.settings);
  return { vault: status, settings, accounts: accounts.map(summarize), codes };
}

export const accountRoutes: RouteTable<
  | 'popup.open'
  | 'accounts.list'
  | 'accounts.addUri'
  | 'accounts.addManual'
  | 'accounts.addOffer'
  | 'accounts.delete'
  | 'accounts.export'
> = {
  'popup.open': { from: 'extension-page', handle: openPopup },
  'accounts.list': {
    from: 'extension-page',
    async handle() {
      const { settings } = await effectiveSettings();
      const accounts = await getVault()
        .accounts()
        .catch((error: unknown) => {
          if (error instanceof ExtensionError && error.code === 'locked') forgetCodeKeys();
          throw error;
        });
      return { accounts: accounts.map(summarize), codes: await codesFor(accounts, settings) };
    },
  },
  'accounts.addUri': {
    from: 'extension-page',
    async handle(payload) {
      const record = expectRecord(payload);
      const uri = expectString(record, 'uri', 8192);
      const origin = expectOptionalString(record, 'origin', 512);
      const { settings } = await effectiveSettings();
      if (origin !== undefined && !isMailOrigin(origin, settings)) {
        throw new ExtensionError('invalid-request', t('importOriginNotMailSite', origin));
      }
      const read = readKeyText(uri);
      if (read.kind === 'other') {
        throw new ExtensionError('invalid-uri', t('keyUriNotKey'));
      }
      if (read.kind === 'invalid') throw new ExtensionError('invalid-uri', read.message);
      const [first] = await storeDrafts(read.drafts, origin, settings);
      if (first === undefined) throw new ExtensionError('invalid-uri', INVALID_QR_MESSAGE);
      return first;
    },
  },
  'accounts.addManual': {
    from: 'extension-page',
    async handle(payload) {
      const { settings } = await effectiveSettings();
      if (!settings.allowManualEntry) {
        throw new ExtensionError('policy', t('accountsManualEntryOff'));
      }
      const checked = validateDraft(readDraftInput(expectRecord(expectRecord(payload).draft)));
      if (!checked.ok) throw new ExtensionError('invalid-uri', checked.message);
      const [first] = await storeDrafts([checked.value], undefined, settings);
      if (first === undefined) throw new ExtensionError('duplicate', t('importAlreadyStored'));
      return first;
    },
  },
  'accounts.addOffer': {
    from: 'extension-page',
    async handle(payload) {
      const offerId = expectString(expectRecord(payload), 'offerId', 64);
      const offer = await takeOffer(offerId, null);
      const { settings } = await effectiveSettings();
      const [added] = await storeDrafts([offer.draft], offer.origin ?? undefined, settings);
      if (added === undefined) throw new ExtensionError('duplicate', t('importAlreadyStored'));
      // On the mailbox's attach page, the first code goes straight into its form.
      if (offer.tabId !== null && offer.origin !== null) {
        await fillTab(offer.tabId, { accountId: added.account.id }).catch(() => undefined);
      }
      return added;
    },
  },
  'accounts.delete': {
    from: 'extension-page',
    async handle(payload) {
      const id = expectString(expectRecord(payload), 'id', 128);
      await getVault().deleteAccount(id);
      return null;
    },
  },
  'accounts.export': {
    from: 'extension-page',
    async handle(payload) {
      const id = expectString(expectRecord(payload), 'id', 128);
      const { settings } = await effectiveSettings();
      if (!settings.allowExport) {
        throw new ExtensionError('policy', t('accountsExportOff'));
      }
      const account = (await getVault().accounts()).find((known) => known.id === id);
      if (account === undefined) throw new ExtensionError('not-found', t('pageAccountGone'));
      return { uri: buildKeyUri(account) };
    },
  },
};
