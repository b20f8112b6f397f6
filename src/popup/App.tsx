import { useCallback, useState } from 'preact/hooks';
import type { AccountSummary } from '../shared/account';
import { t } from '../shared/i18n';
import type { ImportReport } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { describeError } from '../ui/errors';
import { FailureView } from '../ui/FailureView';
import { useAction } from '../ui/useAction';
import { useLazy } from '../ui/useLazy';
import { AccountsView } from './AccountsView';
import { addKey, attachOrigin } from './attach';
import { DeleteView } from './DeleteView';
import { usePastedKeys, type PastedKey } from './paste';
import { StatusLine } from './StatusLine';
import { UnlockView } from '../ui/UnlockView';
import { usePopupData } from './usePopupData';

// Attaching is rare next to filling, so its view is a separate chunk loaded on demand.
const loadAttachView = () => import('./AttachView');
// Only a first run under a passphrase policy needs the setup view and its strength estimator.
const loadSetupView = () => import('./SetupView').then((module) => ({ default: module.SetupView }));
// The import report view brings the import parser's issue texts, which opening never needs.
const loadAddedView = () => import('./AddedView').then((module) => ({ default: module.AddedView }));

type View =
  | { name: 'accounts' }
  | { name: 'attach' }
  | { name: 'added'; report: ImportReport }
  | { name: 'delete'; account: AccountSummary };

/** Renders the popup, picking the view from the vault's state and the user's last step. */
export function App() {
  const { data, failure, reload, reloadPage } = usePopupData();
  const [view, setView] = useState<View>({ name: 'accounts' });
  const showAccounts = useCallback(() => {
    setView({ name: 'accounts' });
    void reload();
  }, [reload]);
  const showAdded = useCallback(
    (report: ImportReport) => {
      setView({ name: 'added', report });
      void reload();
    },
    [reload],
  );

  const AttachView = useLazy(loadAttachView, view.name === 'attach');
  const AddedView = useLazy(loadAddedView, view.name === 'added');
  const needsSetup =
    data !== null &&
    data.vault.state !== 'locked' &&
    data.settings.settings.requirePassphrase &&
    !data.vault.hasPassphrase;
  const SetupView = useLazy(loadSetupView, needsSetup);
  const origin = attachOrigin(data?.page ?? null);
  const paste = useAction(async (key: PastedKey) => showAdded(await addKey(key, origin)));
  const unlocked = data?.vault.state !== 'locked';
  usePastedKeys(
    useCallback((key: PastedKey) => unlocked && void paste.run(key), [unlocked, paste.run]),
    useCallback((error: unknown) => paste.setError(describeError(error)), [paste.setError]),
  );

  if (failure !== null)
    return (
      <FailureView failure={failure} noReplyKey="popupNoAnswer" onRetry={() => void reload()} />
    );
  if (data === null) return <p class="loading">{t('loading')}</p>;

  const { vault, settings } = data;
  if (vault.state === 'locked') {
    return (
      <main>
        <UnlockView vault={vault} onUnlocked={showAccounts} />
        {/* Says that the page waits for the unlock, so a missing fill button is explained. */}
        <StatusLine page={data.page} onChanged={() => void reloadPage(data.tab.id)} />
      </main>
    );
  }
  if (needsSetup) {
    if (SetupView === null) return <p class="loading">{t('loading')}</p>;
    return (
      <SetupView
        minLength={settings.settings.passphraseMinLength}
        minStrength={settings.settings.passphraseMinStrength}
        onDone={showAccounts}
      />
    );
  }

  switch (view.name) {
    case 'attach':
      if (AttachView === null) return <p class="loading">{t('loading')}</p>;
      return <AttachView data={data} onAdded={showAdded} onBack={showAccounts} />;
    case 'added':
      if (AddedView === null) return <p class="loading">{t('loading')}</p>;
      return <AddedView report={view.report} onDone={showAccounts} />;
    case 'delete':
      return <DeleteView account={view.account} onDeleted={showAccounts} onCancel={showAccounts} />;
    case 'accounts':
      return (
        <AccountsView
          data={data}
          pasteError={paste.error}
          onAttach={() => setView({ name: 'attach' })}
          onDelete={(account) => setView({ name: 'delete', account })}
          onLock={() => void sendToWorker('vault.lock', null).then(reload)}
          onPageChanged={() => void reloadPage(data.tab.id)}
        />
      );
  }
}
