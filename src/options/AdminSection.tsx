import { t } from '../shared/i18n';
import { SETTING_NAME_KEYS, type Settings, type SettingsView } from '../shared/settings';

function formatValue(value: Settings[keyof Settings]): string {
  if (typeof value === 'boolean') return value ? t('valueYes') : t('valueNo');
  if (Array.isArray(value)) return value.length === 0 ? t('valueNone') : value.join(', ');
  return String(value);
}

/**
 * Lists the administrator's settings, read-only, and warnings about policy values that were
 * ignored or corrected. Renders nothing when no policy is present.
 */
export function AdminSection({ view }: { view: SettingsView }) {
  if (view.managedKeys.length === 0 && view.policyWarnings.length === 0) return null;
  return (
    <section id="admin" aria-labelledby="admin-title">
      <h2 id="admin-title">{t('adminTitle')}</h2>
      <p class="hint">{t('adminIntro')}</p>
      {view.policyWarnings.length > 0 && (
        <div class="warnings" role="note" aria-label={t('adminWarnings')}>
          <h3>{t('adminWarnings')}</h3>
          <ul>
            {view.policyWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {view.managedKeys.length > 0 && (
        <dl class="managed-list">
          {view.managedKeys.map((key) => (
            <div key={key}>
              <dt>{t(SETTING_NAME_KEYS[key])}</dt>
              <dd>{formatValue(view.settings[key])}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
