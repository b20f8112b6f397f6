import { useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, MAX_BACKUP_MEGABYTES } from '../shared/backupLimits';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import type { ImportIssue } from '../shared/otp/importText';
import { Field, Notice } from '../ui/Field';
import { FilePicker } from '../ui/FilePicker';
import { ImportIssueList } from '../ui/ImportIssueList';
import { useAction } from '../ui/useAction';

/**
 * Imports an encrypted backup or a plain list of key URIs. The worker decides which one the file
 * is, and requires the passphrase only for an encrypted backup. The outcome, errors included, is
 * shown under this form's button.
 */
export function BackupImportForm(props: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [success, setSuccess] = useState<string | null>(null);
  const [invalidLines, setInvalidLines] = useState<ImportIssue[]>([]);
  // Checked on pick, so a huge file is neither read into memory nor sent to the worker.
  const tooLarge = file !== null && file.size > MAX_BACKUP_BYTES;

  const importBackup = useAction(async () => {
    if (file === null || tooLarge) return;
    setSuccess(null);
    setInvalidLines([]);
    const contents = await file.text();
    const result = await sendToWorker('backup.import', {
      contents,
      passphrase: passphrase === '' ? null : passphrase,
    });
    setPassphrase('');
    setSuccess(t('backupImported', [String(result.added), String(result.skipped)]));
    setInvalidLines(result.invalid ?? []);
    props.onImported();
  });
  const pick = (picked: File | null) => {
    setFile(picked);
    setSuccess(null);
    setInvalidLines([]);
    importBackup.setError(null);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void importBackup.run();
      }}
    >
      <h3>{t('backupImportTitle')}</h3>
      <FilePicker
        label={t('backupFile')}
        button={t('backupChooseFile')}
        empty={t('backupNoFile')}
        accept=".json,.txt,application/json,text/plain"
        file={file}
        error={tooLarge ? t('backupErrorTooLarge', String(MAX_BACKUP_MEGABYTES)) : null}
        onFile={pick}
      />
      <Field
        label={t('backupImportPassphrase')}
        type="password"
        autoComplete="off"
        hint={t('backupImportHint')}
        value={passphrase}
        onValue={setPassphrase}
      />
      <button type="submit" disabled={importBackup.busy || file === null || tooLarge}>
        {t('backupImport')}
      </button>
      <Notice error={importBackup.error} success={success} />
      <ImportIssueList
        heading={t('importBackupInvalid', String(invalidLines.length))}
        issues={invalidLines}
      />
    </form>
  );
}
