import type { InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

type InputProps = Omit<InputHTMLAttributes, 'id' | 'label'>;

interface FieldProps extends InputProps {
  label: string;
  /** Help text under the field, such as the unit or the minimum length. */
  hint?: string | undefined;
  /** Message shown while the value is invalid; also marks the field invalid for screen readers. */
  error?: string | null | undefined;
  onValue: (value: string) => void;
}

/** Labelled text input with help text and an error message tied to it by aria-describedby. */
export function Field({ label, hint, error, onValue, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Message for the result of an action: an alert for failures, a status for success. */
export function Notice({ error, success }: { error?: string | null; success?: string | null }) {
  if (error) {
    return (
      <p role="alert" class="notice error">
        {error}
      </p>
    );
  }
  return (
    <p role="status" class="notice success">
      {success ?? ''}
    </p>
  );
}
