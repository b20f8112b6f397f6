import { useState } from 'preact/hooks';
import type { KeyDraft } from '../shared/account';
import { t, type MessageKey } from '../shared/i18n';
import { validateDraft, type DraftField, type DraftInput } from '../shared/otp/draft';
import { isEnglishInterface } from '../ui/errors';
import { Field } from '../ui/Field';

const FIELD_MESSAGES: Record<DraftField, MessageKey> = {
  issuer: 'manualInvalidIssuer',
  label: 'manualInvalidLabel',
  secret: 'manualInvalidSecret',
  type: 'manualInvalidType',
  algorithm: 'manualInvalidAlgorithm',
  digits: 'manualInvalidDigits',
  period: 'manualInvalidPeriod',
  counter: 'manualInvalidCounter',
};

const EMPTY: DraftInput = {
  issuer: '',
  label: '',
  secret: '',
  algorithm: 'SHA1',
  digits: '6',
  period: '30',
};

/**
 * Form for a setup key typed by hand, validated as the user types. A field shows its error only
 * once it has been left or the form submitted, so an empty form is not all red.
 */
export function ManualForm(props: { busy: boolean; onSubmit: (draft: KeyDraft) => void }) {
  const [input, setInput] = useState<DraftInput>(EMPTY);
  const [touched, setTouched] = useState<Set<DraftField>>(new Set());
  const validation = validateDraft(input);
  const errors = validation.ok ? {} : validation.fields;

  const errorFor = (field: DraftField): string | null => {
    const message = errors[field];
    if (message === undefined || !touched.has(field)) return null;
    return isEnglishInterface() ? message : t(FIELD_MESSAGES[field]);
  };
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
        setTouched(new Set(Object.keys(FIELD_MESSAGES) as DraftField[]));
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
        <Field
          label={t('manualPeriod')}
          type="number"
          min={1}
          hint={t('manualPeriodHint')}
          {...bind('period')}
        />
      </details>
      <button type="submit" class="primary" disabled={props.busy}>
        {t('manualAdd')}
      </button>
    </form>
  );
}
