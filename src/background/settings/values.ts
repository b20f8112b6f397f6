/**
 * Checks one setting value against its rule. Policy reading and stored user settings share
 * these checks, so a value that passes one passes the other.
 */
import type { SettingKey, Settings } from '../../shared/settings';
import { describeValue, toBoolean, toList, toNumber } from './coerce';
import { normalizeOriginRule } from './origins';
import { MAX_ISSUER_LENGTH, MAX_LIST_ENTRIES, SETTING_RULES } from './rules';

/** How warnings name the value and what applies instead when it is ignored. */
export interface CheckContext {
  /** Name of the value in warnings, such as `Policy "autoLockMinutes"`. */
  subject: string;
  /** Sentence saying what applies when the whole value is ignored. */
  fallback: string;
  /**
   * Reject the whole value instead of clamping, rounding or dropping entries. Used for changes
   * the user makes, so the settings page never saves something other than what was typed.
   */
  strict?: boolean;
}

/** Checked value, or undefined when it was ignored, with a warning for every change made. */
export interface Checked<Value> {
  value: Value | undefined;
  warnings: string[];
}

/** Entry warnings kept per list; the rest are counted in one summary line. */
const MAX_ENTRY_WARNINGS = 10;

function ignored<Value>(context: CheckContext, raw: unknown, reason: string): Checked<Value> {
  const warning = `${context.subject} was ignored because its value ${describeValue(raw)} ${reason}. ${context.fallback}`;
  return { value: undefined, warnings: [warning] };
}

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

type EntryCheck = (entry: string) => { value?: string; problem?: string; note?: string };

function checkOriginEntry(entry: string): ReturnType<EntryCheck> {
  const result = normalizeOriginRule(entry);
  if (!result.ok) return { problem: result.message };
  const note = result.value.notes.join(', and ');
  return note === '' ? { value: result.value.rule } : { value: result.value.rule, note };
}

function checkIssuerEntry(entry: string): ReturnType<EntryCheck> {
  const value = entry.trim();
  if (value === '') return { problem: 'it is empty' };
  if (value.length > MAX_ISSUER_LENGTH) {
    return { problem: `it is longer than ${MAX_ISSUER_LENGTH} characters` };
  }
  return { value };
}

function checkList(
  raw: unknown,
  context: CheckContext,
  checkEntry: EntryCheck,
  noun: string,
): Checked<string[]> {
  const list = toList(raw);
  if (list === undefined) return ignored(context, raw, `is not a list of ${noun}`);

  if (context.strict === true && list.length > MAX_LIST_ENTRIES) {
    return ignored(context, raw, `has more than ${MAX_LIST_ENTRIES} entries`);
  }
  const warnings: string[] = [];
  const entryWarnings: string[] = [];
  if (list.length > MAX_LIST_ENTRIES) {
    warnings.push(
      `${context.subject} has ${list.length} entries. Only the first ${MAX_LIST_ENTRIES} are used.`,
    );
  }
  const values: string[] = [];
  const seen = new Set<string>();
  for (const entry of list.slice(0, MAX_LIST_ENTRIES)) {
    const checked =
      typeof entry === 'string' ? checkEntry(entry) : { problem: 'it is not a text value' };
    const shown = describeValue(entry);
    if (checked.value === undefined && context.strict === true) {
      const problem = checked.problem ?? 'it is invalid';
      return ignored(context, raw, `contains ${shown}, which is invalid because ${problem}`);
    }
    if (checked.value === undefined) {
      entryWarnings.push(
        `${context.subject}: entry ${shown} was ignored because ${checked.problem ?? 'it is invalid'}.`,
      );
      continue;
    }
    if (checked.note !== undefined) {
      entryWarnings.push(
        `${context.subject}: entry ${shown} is used as "${checked.value}", but ${checked.note}.`,
      );
    }
    // Issuers compare without regard to case, and origin rules are lower case already.
    const identity = checked.value.toLowerCase();
    if (seen.has(identity)) continue;
    seen.add(identity);
    values.push(checked.value);
  }

  warnings.push(...entryWarnings.slice(0, MAX_ENTRY_WARNINGS));
  if (entryWarnings.length > MAX_ENTRY_WARNINGS) {
    warnings.push(
      `${context.subject}: ${entryWarnings.length - MAX_ENTRY_WARNINGS} more entries had problems.`,
    );
  }
  if (values.length === 0 && list.length > 0) {
    warnings.push(
      `${context.subject} was ignored because none of its entries is valid. ${context.fallback}`,
    );
    return { value: undefined, warnings };
  }
  return { value: values, warnings };
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
