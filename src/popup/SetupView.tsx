import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { Field, Notice } from '../ui/Field';
import { useAction } from '../ui/useAction';

/** First run under a policy that requires a passphrase: the vault cannot be used without one. */
export function SetupView(props: { minLength: number; onDone: () => void }) {
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const tooShort = next.length > 0 && next.length < props.minLength;
  const mismatch = confirm.length > 0 && confirm !== next;

  const save = useAction(async () => {
    await sendToWorker('vault.setPassphrase', { current: null, next });
    props.onDone();
  });

  return (
    <main>
      <h1>{t('setupTitle')}</h1>
      <p>{t('setupIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooShort && !mismatch) void save.run();
        }}
      >
        <Field
          label={t('passphraseNew')}
          type="password"
          autoComplete="new-password"
          autoFocus
          required
          value={next}
          hint={t('passphraseMinLength', String(props.minLength))}
          error={tooShort ? t('passphraseTooShort', String(props.minLength)) : null}
          onValue={setNext}
        />
        <Field
          label={t('passphraseConfirm')}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          error={mismatch ? t('passphraseMismatch') : null}
          onValue={setConfirm}
        />
        <button
          type="submit"
          class="primary"
          disabled={save.busy || !next || tooShort || confirm !== next}
        >
          {t('setupButton')}
        </button>
      </form>
      <Notice error={save.error} />
    </main>
  );
}
