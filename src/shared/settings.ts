/**
 * Settings shared by the user and the administrator. A key set by managed policy overrides the
 * user's value and is shown as locked. Each default is the safe choice for an employee whose
 * browser has no policy at all.
 */
import type { MessageKey } from './i18n';

export interface Settings {
  /** Exact mail origins (https://host[:port]) or subdomain rules (https://*.example.com). */
  mailOrigins: string[];
  requirePassphrase: boolean;
  passphraseMinLength: number;
  /** Minimum estimated strength, 0 (any) to 4 (very strong); see src/shared/passphrase.ts. */
  passphraseMinStrength: number;
  /** Minutes without use after which the vault locks; 0 turns auto-lock off. */
  autoLockMinutes: number;
  lockOnBrowserRestart: boolean;
  /** Showing an account as a QR code or key URI, to move it to a phone app. */
  allowExport: boolean;
  /** Backup files that are not encrypted (a list of otpauth:// URIs). */
  allowPlainTextBackup: boolean;
  allowManualEntry: boolean;
  /** Whether the extension may tick "Set as trusted device" at all. */
  allowTrustedDevice: boolean;
  /** The user's wish to tick "Set as trusted device"; honoured only when allowTrustedDevice is true. */
  trustDevice: boolean;
  /** Press "Attach Now" after the first code is filled. */
  submitAttachForm: boolean;
  /** Issuers accepted for attachment; empty accepts any issuer. Compared without regard to case. */
  acceptedIssuers: string[];
  /** Largest clock offset, in seconds, that is corrected from the mail server's Date header. */
  maxClockDriftSeconds: number;
  /** Seconds after which a copied code is cleared from the clipboard; 0 keeps it. */
  clipboardClearSeconds: number;
}

export type SettingKey = keyof Settings;

/** Message naming each setting for users, as the settings page and its errors show it. */
export const SETTING_NAME_KEYS: Readonly<Record<SettingKey, MessageKey>> = {
  mailOrigins: 'settingMailOrigins',
  requirePassphrase: 'settingRequirePassphrase',
  passphraseMinLength: 'settingPassphraseMinLength',
  passphraseMinStrength: 'settingPassphraseMinStrength',
  autoLockMinutes: 'settingAutoLockMinutes',
  lockOnBrowserRestart: 'settingLockOnBrowserRestart',
  allowExport: 'settingAllowExport',
  allowPlainTextBackup: 'settingAllowPlainTextBackup',
  allowManualEntry: 'settingAllowManualEntry',
  allowTrustedDevice: 'settingAllowTrustedDevice',
  trustDevice: 'settingTrustDevice',
  submitAttachForm: 'settingSubmitAttachForm',
  acceptedIssuers: 'settingAcceptedIssuers',
  maxClockDriftSeconds: 'settingMaxClockDriftSeconds',
  clipboardClearSeconds: 'settingClipboardClearSeconds',
};

/** Webmail hosts of the mail service, used when no policy lists origins. */
export const DEFAULT_MAIL_ORIGINS: readonly string[] = [
  'https://qiye.aliyun.com',
  'https://mail.xc.aliyun.com',
  'https://mail.sg.aliyun.com',
  'https://mail.hk.aliyun.com',
  'https://mail.de.alibabacloud.com',
  'https://mail.us.alibabacloud.com',
];

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  mailOrigins: [...DEFAULT_MAIL_ORIGINS],
  requirePassphrase: false,
  passphraseMinLength: 8,
  passphraseMinStrength: 2,
  autoLockMinutes: 15,
  lockOnBrowserRestart: true,
  allowExport: true,
  allowPlainTextBackup: false,
  allowManualEntry: true,
  allowTrustedDevice: true,
  trustDevice: false,
  submitAttachForm: false,
  acceptedIssuers: [],
  maxClockDriftSeconds: 120,
  clipboardClearSeconds: 30,
};

/** Effective settings as the popup and settings page see them. */
export interface SettingsView {
  settings: Settings;
  /** Keys set by the administrator, which the user cannot change. */
  managedKeys: SettingKey[];
  /** Plain-language warnings about policy values that were ignored or coerced. */
  policyWarnings: string[];
}
