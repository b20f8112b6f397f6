import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import type { ImportIssue } from '../shared/otp/importText';
import { Field, Notice } from '../ui/Field';
import { ImportIssueList } from '../ui/ImportIssueList';
import { useAction } from '../ui/useAction';
import { downloadText } from './download';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';

/**
 * True when a backup file is a plain list of key URIs rather than an encrypted backup. Blank
 * lines and "#" comments may come before the first URI.
 */
function isPlainList(contents: string): boolean {
  const first = contents
    .split(/\r?\n/)
    .find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return first !== undefined && /^\s*otpauth(-migration)?:\/\//i.test(first);
}

/**
 * Encrypted backup export and import, and the plain export where policy allows it. The backup
 * passphrase is separate from the vault's, so a backup can be opened on another browser.
 */
export function BackupSection(props: { allowPlain: boolean; onImported: () => void }) {
  const passphrase = useNewPassphrase();
  const [file, setFile] = useState<File | null>(null);
  const [importPassphrase, setImportPassphrase] = useState('');
  const [success, setSuccess] = useState<string | null>(null);
  const [invalidLines, setInvalidLines] = useState<ImportIssue[]>([]);

  const exportEncrypted = useAction(async () => {
    setSuccess(null);
    const backup = await sendToWorker('backup.export', { passphrase: passphrase.value });
    downloadText(backup.fileName, backup.contents);
    passphrase.clear();
    setSuccess(t('backupExported', backup.fileName));
  });
  const exportPlain = useAction(async () => {
    setSuccess(null);
    const backup = await sendToWorker('backup.exportPlain', null);
    downloadText(backup.fileName, backup.contents, 'text/plain');
    setSuccess(t('backupExported', backup.fileName));
  });
  const importBackup = useAction(async () => {
    if (file === null) return;
    setSuccess(null);
    setInvalidLines([]);
    const contents = await file.text();
    const passphraseOrNull = isPlainList(contents) ? null : importPassphrase;
    const result = await sendToWorker('backup.import', { contents, passphrase: passphraseOrNull });
    setImportPassphrase('');
    setSuccess(t('backupImported', [String(result.added), String(result.skipped)]));
    setInvalidLines(result.invalid ?? []);
    props.onImported();
  });

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="hint">{t('backupIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!passphrase.mismatch) void exportEncrypted.run();
        }}
      >
        <h3>{t('backupExportTitle')}</h3>
        <NewPassphraseFields label={t('backupPassphrase')} passphrase={passphrase} />
        <button type="submit" class="primary" disabled={exportEncrypted.busy || !passphrase.ready}>
          {t('backupExport')}
        </button>
      </form>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void importBackup.run();
        }}
      >
        <h3>{t('backupImportTitle')}</h3>
        <div class="field">
          <label for="backup-file">{t('backupFile')}</label>
          <input
            id="backup-file"
            type="file"
            accept=".json,.txt,application/json,text/plain"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <Field
          label={t('backupImportPassphrase')}
          type="password"
          autoComplete="off"
          hint={t('backupImportHint')}
          value={importPassphrase}
          onValue={setImportPassphrase}
        />
        <button type="submit" disabled={importBackup.busy || file === null}>
          {t('backupImport')}
        </button>
      </form>

      <h3>{t('backupPlainTitle')}</h3>
      {props.allowPlain ? (
        <>
          <p class="hint">{t('backupPlainWarning')}</p>
          <button
            type="button"
            class="danger"
            disabled={exportPlain.busy}
            onClick={() => void exportPlain.run()}
          >
            {t('backupPlainExport')}
          </button>
        </>
      ) : (
        <p class="managed">{t('backupPlainForbidden')}</p>
      )}
      <Notice
        error={exportEncrypted.error ?? importBackup.error ?? exportPlain.error}
        success={success}
      />
      <ImportIssueList
        heading={t('importBackupInvalid', String(invalidLines.length))}
        issues={invalidLines}
      />
    </section>
  );
}
