import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { VaultStatus } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import type { Settings } from '../shared/settings';
import { Field, Notice } from '../ui/Field';
import { passphraseFeedback } from '../ui/passphraseFeedback';
import { useAction } from '../ui/useAction';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';

interface PassphraseSectionProps {
  vault: VaultStatus;
  settings: Settings;
  onVault: (vault: VaultStatus) => void;
}

/** Set, change or remove the vault's passphrase, and lock the vault now. */
export function PassphraseSection({ vault, settings, onVault }: PassphraseSectionProps) {
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const [success, setSuccess] = useState<string | null>(null);
  const feedback = passphraseFeedback(next.value, {
    minLength: settings.passphraseMinLength,
    minStrength: settings.passphraseMinStrength,
  });
  const invalid = feedback.error !== null;

  const finish = (status: VaultStatus, message: string) => {
    setCurrent('');
    next.clear();
    setSuccess(message);
    onVault(status);
  };
  const save = useAction(async () => {
    setSuccess(null);
    const status = await sendToWorker('vault.setPassphrase', {
      current: vault.hasPassphrase ? current : null,
      next: next.value,
    });
    finish(status, vault.hasPassphrase ? t('passphraseChanged') : t('passphraseSet'));
  });
  const remove = useAction(async () => {
    setSuccess(null);
    finish(await sendToWorker('vault.removePassphrase', { current }), t('passphraseRemoved'));
  });
  const lock = useAction(async () => onVault(await sendToWorker('vault.lock', null)));

  return (
    <section id="passphrase" aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('passphraseTitle')}</h2>
      <p class="hint">{vault.hasPassphrase ? t('passphraseIsSet') : t('passphraseNotSet')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!invalid && !next.mismatch) void save.run();
        }}
      >
        {vault.hasPassphrase && (
          <Field
            label={t('passphraseCurrent')}
            type="password"
            autoComplete="current-password"
            value={current}
            onValue={setCurrent}
          />
        )}
        <NewPassphraseFields
          label={t('passphraseNew')}
          passphrase={next}
          hint={feedback.hint}
          error={feedback.error}
        />
        <div class="row">
          <button type="submit" class="primary" disabled={save.busy || !next.ready || invalid}>
            {vault.hasPassphrase ? t('passphraseChange') : t('passphraseSetButton')}
          </button>
          {vault.hasPassphrase && !settings.requirePassphrase && (
            <button
              type="button"
              class="danger"
              disabled={remove.busy || !current}
              onClick={() => void remove.run()}
            >
              {t('passphraseRemove')}
            </button>
          )}
          {vault.hasPassphrase && (
            <button type="button" onClick={() => void lock.run()}>
              {t('lockNow')}
            </button>
          )}
        </div>
      </form>
      {vault.hasPassphrase && settings.requirePassphrase && (
        <p class="managed">{t('passphraseRequired')}</p>
      )}
      <Notice error={save.error ?? remove.error ?? lock.error} success={success} />
    </section>
  );
}
