import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { VaultStatus } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { describeError, errorCode } from './errors';
import { Field, Notice } from './Field';
import { useAction } from './useAction';

/** Seconds left until `until`, rounded up, never negative. */
function secondsUntil(until: number): number {
  return Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

/**
 * Prompts for the passphrase of a locked vault. After wrong passphrases the worker makes the user
 * wait. The wait is shown as text outside any live region, so it is not read out every second.
 */
export function UnlockView(props: {
  vault: VaultStatus;
  onUnlocked: () => void;
  /** Level of the view's heading: 1 in the popup, 2 inside the settings page. */
  level?: 1 | 2;
}) {
  const Heading = props.level === 2 ? 'h2' : 'h1';
  const [passphrase, setPassphrase] = useState('');
  const [retryAt, setRetryAt] = useState(Date.now() + props.vault.retryAfterMs);
  const [, setTick] = useState(0);
  const wait = secondsUntil(retryAt);

  useEffect(() => {
    if (wait === 0) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, [wait > 0]);

  const unlock = useAction(async () => {
    try {
      await sendToWorker('vault.unlock', { passphrase });
      props.onUnlocked();
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'wrong-passphrase' && code !== 'rate-limited') throw error;
      setPassphrase('');
      const status = await sendToWorker('vault.status', null);
      setRetryAt(Date.now() + status.retryAfterMs);
      // The wait is counted down below the form, so the worker's fixed number of seconds is not shown.
      unlock.setError(code === 'wrong-passphrase' ? describeError(error) : t('unlockWaiting'));
    }
  });

  return (
    <div class="unlock-view">
      <Heading>{t('unlockTitle')}</Heading>
      <p>{t('unlockIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void unlock.run();
        }}
      >
        <Field
          label={t('passphraseLabel')}
          type="password"
          autoComplete="current-password"
          autoFocus
          required
          value={passphrase}
          onValue={setPassphrase}
        />
        <button type="submit" class="primary" disabled={unlock.busy || wait > 0 || !passphrase}>
          {t('unlockButton')}
        </button>
      </form>
      {wait > 0 && <p class="hint">{t('unlockRetryIn', String(wait))}</p>}
      <Notice error={unlock.error} />
    </div>
  );
}
