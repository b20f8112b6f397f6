import { useId, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SettingKey, Settings, SettingsView } from '../shared/settings';
import { numberProblem, type NumberRange } from './numberRange';

type KeysOfType<Value> = {
  [Key in SettingKey]: Settings[Key] extends Value ? Key : never;
}[SettingKey];

interface ControlProps<Key extends SettingKey> {
  view: SettingsView;
  setting: Key;
  label: string;
  hint?: string;
  /** Extra reason the control is disabled, such as a policy that forbids the feature. */
  disabledReason?: string | null;
  onChange: (patch: Partial<Settings>) => void;
}

/** Paragraph under a control, with the id that the control's aria-describedby names. */
function Note({ id, text, kind }: { id: string; text: string | null | undefined; kind: string }) {
  if (!text) return null;
  return (
    <p id={id} class={kind}>
      {text}
    </p>
  );
}

/** Reason the user cannot change the setting, saying who decided, or null. */
function lockReason(view: SettingsView, setting: SettingKey, extra?: string | null): string | null {
  if (view.managedKeys.includes(setting)) return t('managedBy');
  return extra ?? null;
}

/** Return the ids of the notes shown for a control, for aria-describedby. */
function describedBy(notes: Record<string, string | null | undefined>): string | undefined {
  const ids = Object.entries(notes)
    .filter(([, text]) => Boolean(text))
    .map(([id]) => id);
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** Checkbox for a boolean setting, disabled with a note when the administrator set it. */
export function SettingToggle<Key extends KeysOfType<boolean>>(props: ControlProps<Key>) {
  const id = useId();
  const reason = lockReason(props.view, props.setting, props.disabledReason);
  return (
    <div class="field">
      <label class="toggle">
        <input
          type="checkbox"
          checked={props.view.settings[props.setting]}
          disabled={reason !== null}
          aria-describedby={describedBy({ [`${id}-locked`]: reason })}
          onChange={(event) => props.onChange({ [props.setting]: event.currentTarget.checked })}
        />
        {props.label}
      </label>
      <Note id={`${id}-hint`} text={props.hint} kind="hint" />
      <Note id={`${id}-locked`} text={reason} kind="managed" />
    </div>
  );
}

/**
 * Number input for a setting in whole units. A value within the range is saved on change. Any
 * other value stays in the field, marked invalid, with the reason beside it, and is not sent.
 */
export function SettingNumber<Key extends KeysOfType<number>>(
  props: ControlProps<Key> & NumberRange,
) {
  const id = useId();
  const saved = props.view.settings[props.setting];
  // The user's text, kept until the saved value changes, which a successful save does.
  const [typed, setTyped] = useState<{ text: string; over: number } | null>(null);
  const draft = typed !== null && typed.over === saved ? typed.text : null;
  const reason = lockReason(props.view, props.setting, props.disabledReason);
  const problem = draft === null ? null : numberProblem(draft, props);
  const notes = {
    [`${id}-hint`]: props.hint,
    [`${id}-error`]: problem,
    [`${id}-locked`]: reason,
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        class="narrow"
        min={props.min}
        max={props.max}
        step={1}
        value={draft ?? saved}
        disabled={reason !== null}
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={describedBy(notes)}
        onInput={(event) => setTyped({ text: event.currentTarget.value, over: saved })}
        onChange={(event) => {
          const text = event.currentTarget.value;
          if (numberProblem(text, props) !== null) return;
          if (Number(text) !== saved) props.onChange({ [props.setting]: Number(text) });
        }}
      />
      <Note id={`${id}-hint`} text={props.hint} kind="hint" />
      <Note id={`${id}-error`} text={problem} kind="field-error" />
      <Note id={`${id}-locked`} text={reason} kind="managed" />
    </div>
  );
}
