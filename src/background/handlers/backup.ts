import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { describeIssue, importText } from '../../shared/otp/importText';
import type { RouteTable } from '../route';
import { getVault } from '../services';
import { effectiveSettings } from '../settings/store';
import { expectRecord, expectString } from '../validate';

/** Largest backup file accepted: far above what thousands of accounts take. */
const MAX_BACKUP_LENGTH = 5_000_000;

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
      const contents = expectString(record, 'contents', MAX_BACKUP_LENGTH);
      const vault = getVault();
      if (record.passphrase !== null && record.passphrase !== undefined) {
        const passphrase = expectString(record, 'passphrase', 1024);
        if (passphrase === '') {
          throw new ExtensionError('wrong-passphrase', t('backupErrorPassphraseMissing'));
        }
        return vault.importBackup(contents, passphrase);
      }
      // Without a passphrase the file must be a plain list of key URIs.
      const parsed = importText(contents);
      if (parsed.drafts.length === 0) {
        const first = parsed.errors[0];
        const reason = first === undefined ? t('backupErrorNoKeyUris') : describeIssue(first);
        throw new ExtensionError('invalid-uri', t('backupErrorNothingImported', reason));
      }
      const { added, skipped } = await vault.addAccounts(parsed.drafts.map((entry) => entry.draft));
      return { added: added.length, skipped: skipped.length, invalid: parsed.errors };
    },
  },
};
