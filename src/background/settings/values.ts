/**
 * Checks one setting value against its rule. Policy reading and stored user settings share
 * these checks, so a value that passes one passes the other.
 */
import { t, type MessageKey } from '../../shared/i18n';
import type { SettingKey, Settings } from '../../shared/settings';
import { ignored, type Checked, type CheckContext } from './checked';
import { toBoolean, toNumber } from './coerce';
import { checkIssuerEntry, checkList, checkOriginEntry } from './lists';
import { SETTING_RULES, type IntegerUnit } from './rules';

export type { Checked, CheckContext } from './checked';

const UNIT_NAMES: Readonly<Record<IntegerUnit, MessageKey>> = {
  characters: 'settingsCheckUnitCharacters',
  'strength level': 'settingsCheckUnitStrength',
  minutes: 'settingsCheckUnitMinutes',
  seconds: 'settingsCheckUnitSeconds',
};

function checkBoolean(raw: unknown, context: CheckContext): Checked<boolean> {
  const value = toBoolean(raw);
  if (value === undefined) return ignored(context, raw, t('settingsCheckReasonNotBoolean'));
  return { value, warnings: [] };
}

function checkInteger(
  raw: unknown,
  context: CheckContext,
  range: { min: number; max: number; unit: IntegerUnit },
): Checked<number> {
  const unit = t(UNIT_NAMES[range.unit]);
  const number = toNumber(raw);
  if (number === undefined) return ignored(context, raw, t('settingsCheckReasonNotNumber', unit));

  if (context.strict === true && !Number.isInteger(number)) {
    return ignored(context, raw, t('settingsCheckReasonNotWhole', unit));
  }
  if (context.strict === true && (number < range.min || number > range.max)) {
    const bounds = [String(range.min), String(range.max), unit];
    return ignored(context, raw, t('settingsCheckReasonOutOfRange', bounds));
  }
  const warnings: string[] = [];
  let value = Math.round(number);
  if (value !== number) {
    warnings.push(t('settingsCheckRounded', [context.subject, String(number), String(value)]));
  }
  if (value < range.min || value > range.max) {
    const limit = value < range.min ? range.min : range.max;
    const key = value < range.min ? 'settingsCheckBelowMinimum' : 'settingsCheckAboveMaximum';
    warnings.push(t(key, [context.subject, String(value), unit, String(limit)]));
    value = limit;
  }
  return { value, warnings };
}

/**
 * Check one setting value, coercing it where its meaning is plain. Never throws: a value that
 * cannot be used comes back as undefined with a warning that names the key and the value.
 */
export function checkSetting<Key extends SettingKey>(
  key: Key,
  raw: unknown,
  context: CheckContext,
): Checked<Settings[Key]> {
  const rule = SETTING_RULES[key];
  let checked: Checked<boolean | number | string[]>;
  switch (rule.kind) {
    case 'boolean':
      checked = checkBoolean(raw, context);
      break;
    case 'integer':
      checked = checkInteger(raw, context, rule);
      break;
    case 'origins':
      checked = checkList(raw, context, checkOriginEntry, t('settingsCheckReasonNotOriginList'));
      break;
    case 'issuers':
      checked = checkList(raw, context, checkIssuerEntry, t('settingsCheckReasonNotIssuerList'));
      break;
  }
  // SETTING_RULES pairs each key with the rule kind that produces its type.
  return checked as Checked<Settings[Key]>;
}
