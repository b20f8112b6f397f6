import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** Shortcut of the fill command as the manifest suggests it; the user may change it. */
const DEFAULT_SHORTCUT = 'Alt+Shift+F';

/** Short help: how to attach, fill and copy, and the keyboard shortcut that fills a code. */
export function Help() {
  const [shortcut, setShortcut] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    // Firefox and Chrome both list commands; a user may have cleared or changed the shortcut.
    browser.commands
      .getAll()
      .then((commands) => {
        const fill = commands.find((command) => command.name === 'fill-code');
        if (fill?.shortcut !== undefined) setShortcut(fill.shortcut);
      })
      .catch(() => undefined);
  }, []);
  return (
    <details class="help">
      <summary>{t('helpTitle')}</summary>
      <p>{t('helpAttach')}</p>
      <p>{t('helpFill')}</p>
      <p>{shortcut ? t('helpShortcut', shortcut) : t('helpNoShortcut')}</p>
      <p>{t('helpPaste')}</p>
    </details>
  );
}
