import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { MAX_BACKUP_BYTES, MAX_BACKUP_MEGABYTES } from '../../shared/backupLimits';
import { describeIssue, importText, type ImportIssue } from '../../shared/otp/importText';
import type { RouteTable } from '../route';
import { getVault } from '../services';
import { effectiveSettings } from '../settings/store';
import { detectBackupKind } from '../vault/backup';
import { expectRecord, expectString } from '../validate';

/** Add the accounts of a plain list of key URIs, and list the lines that were not imported. */
async function importKeyUris(
  contents: string,
): Promise<{ added: number; skipped: number; invalid: ImportIssue[] }> {
  const parsed = importText(contents);
  if (parsed.drafts.length === 0) {
    const first = parsed.errors[0];
    const reason = first === undefined ? t('backupErrorNoKeyUris') : describeIssue(first);
    throw new ExtensionError('invalid-uri', t('backupErrorNothingImported', reason));
  }
  const drafts = parsed.drafts.map((entry) => entry.draft);
  const { added, skipped } = await getVault().addAccounts(drafts);
  return { added: added.length, skipped: skipped.length, invalid: parsed.errors };
}

function backupName(extension: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `mail-authenticator-backup-${day}.${extension}`;
}

export const backupRoutes: RouteTable<'backup.export' | 'backup.exportPlain' | 'backup.import'> = {
  'backup.export': {
    from: 'extension-page',
    async handle(payload) {
      const passphrase = expectString(expectRecord(payload), 'passphrase', 1024);
      const contents = await getVault().exportBackup(passphrase);
      return { fileName: backupName('json'), contents };
    },
  },
  'backup.exportPlain': {
    from: 'extension-page',
    async handle() {
      const { settings } = await effectiveSettings();
      if (!settings.allowPlainTextBackup) {
        throw new ExtensionError('policy', t('backupErrorPlainForbidden'));
      }
      const contents = await getVault().exportPlain();
      return { fileName: backupName('txt'), contents };
    },
  },
  'backup.import': {
    from: 'extension-page',
    async handle(payload) {
      const record = expectRecord(payload);
      // Checked before expectString, whose message names the field and counts characters.
      if (typeof record.contents === 'string' && record.contents.length > MAX_BACKUP_BYTES) {
        throw new ExtensionError(
          'invalid-request',
          t('backupErrorTooLarge', String(MAX_BACKUP_MEGABYTES)),
        );
      }
      const contents = expectString(record, 'contents', MAX_BACKUP_BYTES);
      // The file's kind decides whether a passphrase is needed, so a file that is no backup
      // never gets the missing-passphrase error.
      const kind = detectBackupKind(contents);
      if (kind === 'not-backup') {
        throw new ExtensionError('invalid-request', t('backupErrorNotBackup'));
      }
      if (kind === 'key-uris') return importKeyUris(contents);
      const passphrase =
        record.passphrase === null || record.passphrase === undefined
          ? ''
          : expectString(record, 'passphrase', 1024);
      if (passphrase === '') {
        throw new ExtensionError('wrong-passphrase', t('backupErrorPassphraseMissing'));
      }
      return getVault().importBackup(contents, passphrase);
    },
  },
};
