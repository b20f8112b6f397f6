import { useId } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SettingKey, Settings, SettingsView } from '../shared/settings';

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

/** Note under a control that the user cannot change, saying who decided. */
function LockedNote({ id, reason }: { id: string; reason: string | null }) {
  if (reason === null) return null;
  return (
    <p id={id} class="managed">
      {reason}
    </p>
  );
}

function lockReason(view: SettingsView, setting: SettingKey, extra?: string | null): string | null {
  if (view.managedKeys.includes(setting)) return t('managedBy');
  return extra ?? null;
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
          aria-describedby={reason === null ? undefined : `${id}-locked`}
          onChange={(event) => props.onChange({ [props.setting]: event.currentTarget.checked })}
        />
        {props.label}
      </label>
      {props.hint && <p class="hint">{props.hint}</p>}
      <LockedNote id={`${id}-locked`} reason={reason} />
    </div>
  );
}

/** Number input for a setting in whole units, saved on change when it is within range. */
export function SettingNumber<Key extends KeysOfType<number>>(
  props: ControlProps<Key> & { min: number; max: number },
) {
  const id = useId();
  const reason = lockReason(props.view, props.setting, props.disabledReason);
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
        value={props.view.settings[props.setting]}
        disabled={reason !== null}
        aria-describedby={`${id}-hint${reason === null ? '' : ` ${id}-locked`}`}
        onChange={(event) => {
          const value = event.currentTarget.valueAsNumber;
          if (Number.isInteger(value) && value >= props.min && value <= props.max) {
            props.onChange({ [props.setting]: value });
          }
        }}
      />
      <p id={`${id}-hint`} class="hint">
        {props.hint}
      </p>
      <LockedNote id={`${id}-locked`} reason={reason} />
    </div>
  );
}
