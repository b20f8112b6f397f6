import { t } from '../shared/i18n';
import type { Settings, SettingsView } from '../shared/settings';
import { SettingNumber, SettingToggle } from './controls';

/** Largest auto-lock time offered, one day in minutes. */
const MAX_AUTO_LOCK_MINUTES = 1440;
/** Largest clipboard clear time offered, ten minutes in seconds. */
const MAX_CLIPBOARD_SECONDS = 600;

/** Locking, clipboard and the mailbox's trusted-device checkbox. */
export function GeneralSection(props: {
  view: SettingsView;
  onChange: (patch: Partial<Settings>) => void;
}) {
  const shared = { view: props.view, onChange: props.onChange };
  const trustedForbidden = props.view.settings.allowTrustedDevice
    ? null
    : t('trustedDeviceForbidden');
  return (
    <section id="general" aria-labelledby="general-title">
      <h2 id="general-title">{t('generalTitle')}</h2>
      <SettingNumber
        {...shared}
        setting="autoLockMinutes"
        label={t('autoLockLabel')}
        hint={t('autoLockHint')}
        min={0}
        max={MAX_AUTO_LOCK_MINUTES}
      />
      <SettingToggle {...shared} setting="lockOnBrowserRestart" label={t('lockOnRestartLabel')} />
      <SettingNumber
        {...shared}
        setting="clipboardClearSeconds"
        label={t('clipboardLabel')}
        hint={t('clipboardHint')}
        min={0}
        max={MAX_CLIPBOARD_SECONDS}
      />
      <SettingToggle
        {...shared}
        setting="trustDevice"
        label={t('trustedDeviceLabel')}
        hint={t('trustedDeviceHint')}
        disabledReason={trustedForbidden}
      />
      <SettingToggle {...shared} setting="submitAttachForm" label={t('submitAttachLabel')} />
    </section>
  );
}
