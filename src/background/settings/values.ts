/**
 * Checks one setting value against its rule. Policy reading and stored user settings share
 * these checks, so a value that passes one passes the other.
 */
import type { SettingKey, Settings } from '../../shared/settings';
import { ignored, type Checked, type CheckContext } from './checked';
import { toBoolean, toNumber } from './coerce';
import { checkIssuerEntry, checkList, checkOriginEntry } from './lists';
import { SETTING_RULES } from './rules';

export type { Checked, CheckContext } from './checked';

function checkBoolean(raw: unknown, context: CheckContext): Checked<boolean> {
  const value = toBoolean(raw);
  if (value === undefined) return ignored(context, raw, 'is not true or false');
  return { value, warnings: [] };
}

function checkInteger(
  raw: unknown,
  context: CheckContext,
  range: { min: number; max: number; unit: string },
): Checked<number> {
  const number = toNumber(raw);
  if (number === undefined) return ignored(context, raw, `is not a number of ${range.unit}`);

  if (context.strict === true && !Number.isInteger(number)) {
    return ignored(context, raw, `is not a whole number of ${range.unit}`);
  }
  if (context.strict === true && (number < range.min || number > range.max)) {
    return ignored(context, raw, `is not between ${range.min} and ${range.max} ${range.unit}`);
  }
  const warnings: string[] = [];
  let value = Math.round(number);
  if (value !== number) {
    warnings.push(`${context.subject} is ${number}, not a whole number, so ${value} is used.`);
  }
  if (value < range.min || value > range.max) {
    const limit = value < range.min ? range.min : range.max;
    const side = value < range.min ? 'below the minimum' : 'above the maximum';
    warnings.push(
      `${context.subject} is ${value} ${range.unit}, ${side} of ${limit}, so ${limit} is used.`,
    );
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
      checked = checkList(raw, context, checkOriginEntry, 'origins');
      break;
    case 'issuers':
      checked = checkList(raw, context, checkIssuerEntry, 'issuer names');
      break;
  }
  // SETTING_RULES pairs each key with the rule kind that produces its type.
  return checked as Checked<Settings[Key]>;
}
