import { useState } from 'preact/hooks';
import type { KeyDraft } from '../shared/account';
import { t } from '../shared/i18n';
import { validateDraft, type DraftField, type DraftInput } from '../shared/otp/draft';
import { Field } from '../ui/Field';

const FIELDS: readonly DraftField[] = [
  'issuer',
  'label',
  'secret',
  'type',
  'algorithm',
  'digits',
  'period',
  'counter',
];

const EMPTY: DraftInput = {
  issuer: '',
  label: '',
  secret: '',
  type: 'totp',
  algorithm: 'SHA1',
  digits: '6',
  period: '30',
  counter: '0',
};

/**
 * Form for a setup key typed by hand, validated as the user types. A field shows its error only
 * once it has been left or the form submitted, so an empty form is not all red. The messages
 * come from the shared validation in the browser's language and name the field and the reason.
 * The counter is asked for counter-based (HOTP) keys only, and the period for time-based ones.
 */
export function ManualForm(props: { busy: boolean; onSubmit: (draft: KeyDraft) => void }) {
  const [input, setInput] = useState<DraftInput>(EMPTY);
  const [touched, setTouched] = useState<Set<DraftField>>(new Set());
  const validation = validateDraft(input);
  const errors = validation.ok ? {} : validation.fields;
  const isHotp = input.type === 'hotp';

  const errorFor = (field: DraftField): string | null =>
    touched.has(field) ? (errors[field] ?? null) : null;
  const bind = (field: DraftField) => ({
    value: String(input[field] ?? ''),
    error: errorFor(field),
    onValue: (value: string) => setInput({ ...input, [field]: value }),
    onBlur: () => setTouched(new Set(touched).add(field)),
  });

  return (
    <form
      class="manual"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(new Set(FIELDS));
        if (validation.ok) props.onSubmit(validation.value);
      }}
    >
      <Field
        label={t('manualLabel')}
        autoComplete="off"
        hint={t('manualLabelHint')}
        {...bind('label')}
      />
      <Field label={t('manualIssuer')} autoComplete="off" {...bind('issuer')} />
      <Field
        label={t('manualSecret')}
        autoComplete="off"
        spellcheck={false}
        hint={t('manualSecretHint')}
        {...bind('secret')}
      />
      <details>
        <summary>{t('manualAdvanced')}</summary>
        <div class="field">
          <label for="manual-type">{t('keyTypeLabel')}</label>
          <select
            id="manual-type"
            value={input.type}
            onChange={(event) => setInput({ ...input, type: event.currentTarget.value })}
          >
            <option value="totp">{t('keyTypeTotp')}</option>
            <option value="hotp">{t('keyTypeHotp')}</option>
          </select>
        </div>
        <div class="field">
          <label for="manual-algorithm">{t('manualAlgorithm')}</label>
          <select
            id="manual-algorithm"
            value={input.algorithm}
            onChange={(event) => setInput({ ...input, algorithm: event.currentTarget.value })}
          >
            <option value="SHA1">SHA-1</option>
            <option value="SHA256">SHA-256</option>
            <option value="SHA512">SHA-512</option>
          </select>
        </div>
        <Field label={t('manualDigits')} type="number" min={6} max={8} {...bind('digits')} />
        {isHotp ? (
          <Field
            label={t('keyCounterLabel')}
            type="number"
            min={0}
            hint={t('keyCounterHint')}
            {...bind('counter')}
          />
        ) : (
          <Field
            label={t('manualPeriod')}
            type="number"
            min={1}
            hint={t('manualPeriodHint')}
            {...bind('period')}
          />
        )}
      </details>
      <button type="submit" class="primary" disabled={props.busy}>
        {t('manualAdd')}
      </button>
    </form>
  );
}
