import type { SettingKey } from '../../shared/settings';

/** Settings that an administrator may set. `trustDevice` is the user's own wish. */
export type PolicyKey = Exclude<SettingKey, 'trustDevice'>;

/** Unit of an integer setting, named in warnings. */
export type IntegerUnit = 'characters' | 'strength level' | 'minutes' | 'seconds';

/** Check applied to a setting's value, for policy values and stored user values alike. */
export type ValueRule =
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number; unit: IntegerUnit }
  | { kind: 'origins' }
  | { kind: 'issuers' };

/** Maximum number of entries kept from a list, so a runaway policy cannot bloat every check. */
export const MAX_LIST_ENTRIES = 200;

/** Maximum length of one issuer name, in characters. */
export const MAX_ISSUER_LENGTH = 256;

/**
 * Rule for every key of `Settings`. The ranges are repeated in public/managed_schema.json
 * descriptions and docs/admin.md, and a unit test checks that the three agree.
 */
export const SETTING_RULES: Readonly<Record<SettingKey, ValueRule>> = {
  mailOrigins: { kind: 'origins' },
  requirePassphrase: { kind: 'boolean' },
  // 8 characters is the floor that NIST SP 800-63B sets for memorized secrets.
  passphraseMinLength: { kind: 'integer', min: 8, max: 128, unit: 'characters' },
  passphraseMinStrength: { kind: 'integer', min: 0, max: 4, unit: 'strength level' },
  autoLockMinutes: { kind: 'integer', min: 0, max: 1440, unit: 'minutes' },
  lockOnBrowserRestart: { kind: 'boolean' },
  allowExport: { kind: 'boolean' },
  allowPlainTextBackup: { kind: 'boolean' },
  allowManualEntry: { kind: 'boolean' },
  allowTrustedDevice: { kind: 'boolean' },
  trustDevice: { kind: 'boolean' },
  submitAttachForm: { kind: 'boolean' },
  acceptedIssuers: { kind: 'issuers' },
  maxClockDriftSeconds: { kind: 'integer', min: 0, max: 900, unit: 'seconds' },
  clipboardClearSeconds: { kind: 'integer', min: 0, max: 600, unit: 'seconds' },
};

export const SETTING_KEYS = Object.keys(SETTING_RULES) as SettingKey[];

export const POLICY_KEYS = SETTING_KEYS.filter((key): key is PolicyKey => key !== 'trustDevice');

/** Return whether `key` names a setting, without trusting the prototype chain. */
export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_RULES, key);
}
