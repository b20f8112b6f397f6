/**
 * The user's own settings as stored in storage.local: only the keys the user changed, so a new
 * default reaches everyone who kept the old one.
 */
import { t } from '../../shared/i18n';
import { fail, ok, type Result } from '../../shared/result';
import {
  DEFAULT_SETTINGS,
  SETTING_NAME_KEYS,
  type SettingKey,
  type Settings,
} from '../../shared/settings';
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

function defaultSentence(key: SettingKey): string {
  const fallback = DEFAULT_SETTINGS[key];
  if (Array.isArray(fallback)) return t('savedSettingsFallbackList');
  return t('savedSettingsFallbackValue', describeValue(fallback));
}

/**
 * Validate the stored user settings. A corrupt value falls back to the default for its key
 * with a warning, and every other key is kept.
 */
export function readUserSettings(stored: unknown): UserSettingsReading {
  if (stored === undefined) return { values: {}, warnings: [] };
  if (!isRecord(stored)) {
    return { values: {}, warnings: [t('savedSettingsNotRecord', describeValue(stored))] };
  }

  const values: Partial<Record<SettingKey, unknown>> = {};
  const warnings: string[] = [];
  for (const [name, raw] of Object.entries(stored)) {
    if (!isSettingKey(name)) {
      warnings.push(t('savedSettingsUnknownKey', name));
      continue;
    }
    const context = {
      subject: t('savedSettingsSubject', name),
      fallback: defaultSentence(name),
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
    return fail('invalid-request', t('settingsChangeNotRecord'));
  }
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const [name, raw] of Object.entries(patch)) {
    if (!isSettingKey(name)) {
      return fail('invalid-request', t('settingsChangeUnknownKey', name));
    }
    // Errors name the setting as the settings page labels it, not by its policy key.
    const label = t(SETTING_NAME_KEYS[name]);
    if (managedKeys.includes(name)) return fail('policy', t('settingsChangeManaged', label));
    const checked = checkSetting(name, raw, {
      subject: t('settingsChangeSubject', label),
      fallback: t('settingsChangeNothingSaved'),
      strict: true,
    });
    if (checked.value === undefined) {
      return fail('invalid-request', checked.warnings[0] ?? t('settingsChangeInvalid', label));
    }
    values[name] = checked.value;
  }
  return ok(values as Partial<Settings>);
}
