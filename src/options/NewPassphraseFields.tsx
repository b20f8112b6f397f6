import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Field } from '../ui/Field';

export interface NewPassphrase {
  value: string;
  setValue: (value: string) => void;
  confirm: string;
  setConfirm: (value: string) => void;
  /** True once the repeat is typed and differs from the passphrase. */
  mismatch: boolean;
  /** True when both fields contain the same passphrase and it is not empty. */
  ready: boolean;
  clear: () => void;
}

/** State of a new passphrase typed twice, for the vault's passphrase or a backup's. */
export function useNewPassphrase(): NewPassphrase {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  return {
    value,
    setValue,
    confirm,
    setConfirm,
    mismatch: confirm.length > 0 && confirm !== value,
    ready: value !== '' && confirm === value,
    clear: () => {
      setValue('');
      setConfirm('');
    },
  };
}

/** Fields for a new passphrase and its repeat, which shows an error while the two differ. */
export function NewPassphraseFields(props: {
  label: string;
  passphrase: NewPassphrase;
  hint?: string;
  error?: string | null;
}) {
  const { passphrase } = props;
  return (
    <>
      <Field
        label={props.label}
        type="password"
        autoComplete="new-password"
        value={passphrase.value}
        hint={props.hint}
        error={props.error}
        onValue={passphrase.setValue}
      />
      <Field
        label={t('passphraseConfirm')}
        type="password"
        autoComplete="new-password"
        value={passphrase.confirm}
        error={passphrase.mismatch ? t('passphraseMismatch') : null}
        onValue={passphrase.setConfirm}
      />
    </>
  );
}
