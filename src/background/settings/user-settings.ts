/**
 * The user's own settings as stored in storage.local: only the keys the user changed, so a new
 * default reaches everyone who kept the old one.
 */
import { fail, ok, type Result } from '../../shared/result';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../../shared/settings';
import { describeValue } from './coerce';
import { isSettingKey } from './rules';
import { checkSetting } from './values';

/** storage.local key that contains the user's settings. */
export const USER_SETTINGS_KEY = 'settings';

export interface UserSettingsReading {
  values: Partial<Settings>;
  warnings: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defaultText(key: SettingKey): string {
  const fallback = DEFAULT_SETTINGS[key];
  return Array.isArray(fallback) ? 'list' : `(${describeValue(fallback)})`;
}

/**
 * Validate the stored user settings. A corrupt value falls back to the default for its key
 * with a warning, and every other key is kept.
 */
export function readUserSettings(stored: unknown): UserSettingsReading {
  if (stored === undefined) return { values: {}, warnings: [] };
  if (!isRecord(stored)) {
    const warning = `The saved settings ${describeValue(stored)} are not a set of named values, so the defaults are used.`;
    return { values: {}, warnings: [warning] };
  }

  const values: Partial<Record<SettingKey, unknown>> = {};
  const warnings: string[] = [];
  for (const [name, raw] of Object.entries(stored)) {
    if (!isSettingKey(name)) {
      warnings.push(`Saved setting "${name}" is unknown, so it was ignored.`);
      continue;
    }
    const context = {
      subject: `Saved setting "${name}"`,
      fallback: `The default ${defaultText(name)} is used.`,
    };
    const checked = checkSetting(name, raw, context);
    warnings.push(...checked.warnings);
    if (checked.value !== undefined) values[name] = checked.value;
  }
  // Each value passed checkSetting for its own key.
  return { values: values as Partial<Settings>, warnings };
}

/** Failure codes of a user change; they match ErrorCode in src/shared/messages.ts. */
export type PatchError = 'policy' | 'invalid-request';

/**
 * Check a change the user asked for. A key set by policy, an unknown key or an invalid value
 * rejects the whole change, so nothing is saved in part.
 */
export function checkUserPatch(
  patch: unknown,
  managedKeys: readonly SettingKey[],
): Result<Partial<Settings>, PatchError> {
  if (!isRecord(patch)) {
    return fail('invalid-request', 'The settings change is not a set of named values.');
  }
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const [name, raw] of Object.entries(patch)) {
    if (!isSettingKey(name)) {
      return fail('invalid-request', `"${name}" is not a setting, so nothing was saved.`);
    }
    if (managedKeys.includes(name)) {
      return fail(
        'policy',
        `"${name}" is set by your administrator, so it cannot be changed here. Ask your administrator to change the policy.`,
      );
    }
    const checked = checkSetting(name, raw, {
      subject: `Setting "${name}"`,
      fallback: 'Nothing was saved.',
      strict: true,
    });
    if (checked.value === undefined) {
      return fail('invalid-request', checked.warnings[0] ?? `Setting "${name}" is invalid.`);
    }
    values[name] = checked.value;
  }
  return ok(values as Partial<Settings>);
}
