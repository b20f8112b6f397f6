import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { Field, Notice } from '../ui/Field';
import { passphraseFeedback } from '../ui/passphraseFeedback';
import { useAction } from '../ui/useAction';

/** First run under a policy that requires a passphrase: the vault cannot be used without one. */
export function SetupView(props: { minLength: number; minStrength: number; onDone: () => void }) {
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const feedback = passphraseFeedback(next, props);
  const invalid = feedback.error !== null;
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
          if (!invalid && !mismatch) void save.run();
        }}
      >
        <Field
          label={t('passphraseNew')}
          type="password"
          autoComplete="new-password"
          autoFocus
          required
          value={next}
          hint={feedback.hint}
          error={feedback.error}
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
          disabled={save.busy || !next || invalid || confirm !== next}
        >
          {t('setupButton')}
        </button>
      </form>
      <Notice error={save.error} />
    </main>
  );
}
