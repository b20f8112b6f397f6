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
  const { view, onChange } = props;
  const trustedForbidden = view.settings.allowTrustedDevice ? null : t('trustedDeviceForbidden');
  return (
    <section id="general" aria-labelledby="general-title">
      <h2 id="general-title">{t('generalTitle')}</h2>
      <SettingNumber
        view={view}
        setting="autoLockMinutes"
        label={t('autoLockLabel')}
        hint={t('autoLockHint')}
        min={0}
        max={MAX_AUTO_LOCK_MINUTES}
        onChange={onChange}
      />
      <SettingToggle
        view={view}
        setting="lockOnBrowserRestart"
        label={t('lockOnRestartLabel')}
        onChange={onChange}
      />
      <SettingNumber
        view={view}
        setting="clipboardClearSeconds"
        label={t('clipboardLabel')}
        hint={t('clipboardHint')}
        min={0}
        max={MAX_CLIPBOARD_SECONDS}
        onChange={onChange}
      />
      <SettingToggle
        view={view}
        setting="trustDevice"
        label={t('trustedDeviceLabel')}
        hint={t('trustedDeviceHint')}
        disabledReason={trustedForbidden}
        onChange={onChange}
      />
      <SettingToggle
        view={view}
        setting="submitAttachForm"
        label={t('submitAttachLabel')}
        onChange={onChange}
      />
    </section>
  );
}
