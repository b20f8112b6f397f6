import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { Settings, SettingsView } from '../shared/settings';
import { Field, Notice } from '../ui/Field';
import { normalizeOrigin, permissionPattern } from '../ui/origins';
import { useAction } from '../ui/useAction';

interface MailSitesProps {
  view: SettingsView;
  onChange: (patch: Partial<Settings>) => Promise<void>;
}

/**
 * Lists the webmail origins the extension acts on. Adding one requests its host permission in
 * the click handler, because browsers grant permissions only on a user gesture.
 */
export function MailSitesSection({ view, onChange }: MailSitesProps) {
  const [input, setInput] = useState('');
  const origins = view.settings.mailOrigins;
  const managed = view.managedKeys.includes('mailOrigins');
  const parsed = input.trim() === '' ? null : normalizeOrigin(input);

  const add = useAction(async () => {
    if (parsed === null || !parsed.ok) return;
    const origin = parsed.value;
    if (origins.includes(origin)) {
      add.setError(t('sitesDuplicate', origin));
      return;
    }
    const granted = await browser.permissions.request({ origins: [permissionPattern(origin)] });
    if (!granted) {
      add.setError(t('permissionDenied'));
      return;
    }
    await onChange({ mailOrigins: [...origins, origin] });
    setInput('');
  });
  const remove = useAction(async (origin: string) => {
    await onChange({ mailOrigins: origins.filter((entry) => entry !== origin) });
    // Browsers reject removing a permission that the manifest requires. That is harmless,
    // because the worker acts only on the listed origins.
    await browser.permissions.remove({ origins: [permissionPattern(origin)] }).catch(() => false);
  });

  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <p class="hint">{t('sitesIntro')}</p>
      <ul class="sites">
        {origins.map((origin) => (
          <li key={origin} class="row">
            <span class="site">{origin}</span>
            {!managed && (
              <button
                type="button"
                class="link"
                aria-label={t('sitesRemoveFor', origin)}
                disabled={remove.busy}
                onClick={() => void remove.run(origin)}
              >
                {t('sitesRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {managed ? (
        <p class="managed">{t('managedBy')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void add.run();
          }}
        >
          <Field
            label={t('sitesAdd')}
            placeholder="https://mail.example.com"
            hint={t('sitesAddHint')}
            value={input}
            error={parsed !== null && !parsed.ok ? t('sitesInvalid') : null}
            onValue={setInput}
          />
          <button type="submit" disabled={add.busy || parsed === null || !parsed.ok}>
            {t('sitesAddButton')}
          </button>
        </form>
      )}
      <Notice error={add.error ?? remove.error} />
    </section>
  );
}
