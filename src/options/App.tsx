import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AccountSummary } from '../shared/account';
import { t } from '../shared/i18n';
import type { VaultStatus } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import type { Settings, SettingsView } from '../shared/settings';
import { errorCode } from '../ui/errors';
import { FailureView } from '../ui/FailureView';
import { Notice } from '../ui/Field';
import { UnlockView } from '../ui/UnlockView';
import { useAction } from '../ui/useAction';
import { withTimeout } from '../ui/workerTimeout';
import { AdminSection } from './AdminSection';
import { BackupSection } from './BackupSection';
import { ExportSection } from './ExportSection';
import { GeneralSection } from './GeneralSection';
import { MailSitesSection } from './MailSitesSection';
import { PassphraseSection } from './PassphraseSection';

interface OptionsData {
  view: SettingsView;
  vault: VaultStatus;
  /** Null while the vault is locked. */
  accounts: AccountSummary[] | null;
}

async function loadAccounts(): Promise<AccountSummary[] | null> {
  try {
    return (await sendToWorker('accounts.list', null)).accounts;
  } catch (error) {
    if (errorCode(error) === 'locked') return null;
    throw error;
  }
}

/** Renders the settings page: security, backup, export, mail sites and the administrator's settings. */
export function App() {
  const [data, setData] = useState<OptionsData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const reload = useCallback(async () => {
    setFailure(null);
    try {
      // A paused or stuck worker never replies, so the page would show "Loading…" for good.
      const [view, vault, accounts] = await withTimeout(
        Promise.all([
          sendToWorker('settings.get', null),
          sendToWorker('vault.status', null),
          loadAccounts(),
        ]),
      );
      setData({ view, vault, accounts });
    } catch (error) {
      setData(null);
      setFailure(error);
    }
  }, []);
  useEffect(() => {
    void reload().then(() => document.getElementById(location.hash.slice(1))?.scrollIntoView());
  }, [reload]);

  const save = useAction(async (patch: Partial<Settings>) => {
    const view = await sendToWorker('settings.set', patch);
    setData((current) => (current === null ? current : { ...current, view }));
  });

  if (failure !== null) {
    return (
      <FailureView failure={failure} noReplyKey="optionsNoAnswer" onRetry={() => void reload()} />
    );
  }
  if (data === null) return <p class="loading">{t('loading')}</p>;
  const { view, vault, accounts } = data;
  const locked = vault.state === 'locked';

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <Notice error={save.error} />
      <AdminSection view={view} />
      {locked ? (
        <section id="unlock" class="unlock">
          <UnlockView vault={vault} level={2} onUnlocked={() => void reload()} />
        </section>
      ) : (
        <PassphraseSection vault={vault} settings={view.settings} onVault={() => void reload()} />
      )}
      <GeneralSection view={view} onChange={(patch) => void save.run(patch)} />
      <MailSitesSection view={view} onChange={save.run} />
      {!locked && accounts !== null && (
        <>
          <BackupSection
            allowPlain={view.settings.allowPlainTextBackup}
            onImported={() => void reload()}
          />
          <ExportSection accounts={accounts} allowed={view.settings.allowExport} />
        </>
      )}
    </main>
  );
}
