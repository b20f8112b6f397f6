import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { Notice } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { BackupImportForm } from './BackupImportForm';
import { downloadText } from './download';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';

/**
 * Encrypted backup export and import, and the plain export where policy allows it. The backup
 * passphrase is separate from the vault's, so a backup can be opened on another browser. Each
 * part shows its own outcome under its own button.
 */
export function BackupSection(props: { allowPlain: boolean; onImported: () => void }) {
  const passphrase = useNewPassphrase();
  const [exported, setExported] = useState<string | null>(null);
  const [plainExported, setPlainExported] = useState<string | null>(null);

  const exportEncrypted = useAction(async () => {
    setExported(null);
    const backup = await sendToWorker('backup.export', { passphrase: passphrase.value });
    downloadText(backup.fileName, backup.contents);
    passphrase.clear();
    setExported(t('backupExported', backup.fileName));
  });
  const exportPlain = useAction(async () => {
    setPlainExported(null);
    const backup = await sendToWorker('backup.exportPlain', null);
    downloadText(backup.fileName, backup.contents, 'text/plain');
    setPlainExported(t('backupExported', backup.fileName));
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
        <Notice error={exportEncrypted.error} success={exported} />
      </form>

      <BackupImportForm onImported={props.onImported} />

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
          <Notice error={exportPlain.error} success={plainExported} />
        </>
      ) : (
        <p class="managed">{t('backupPlainForbidden')}</p>
      )}
    </section>
  );
}
