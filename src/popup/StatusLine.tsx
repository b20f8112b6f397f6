import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../shared/i18n';
import type { PageStatus, PageVerdict } from '../shared/messages';
import { hostOf } from '../ui/format';
import { permissionPattern } from '../ui/origins';
import { useAction } from '../ui/useAction';

const VERDICT_MESSAGES: Record<PageVerdict, MessageKey> = {
  ready: 'verdictReady',
  'not-mail-origin': 'verdictNotMailOrigin',
  'no-permission': 'verdictNoPermission',
  locked: 'verdictLocked',
  'no-account': 'verdictNoAccount',
  'no-code-field': 'verdictNoCodeField',
  'sms-only': 'verdictSmsOnly',
  'client-password': 'verdictClientPassword',
  unreachable: 'verdictUnreachable',
};

/**
 * Shows why the extension did or did not act on the active tab, with a button that requests the
 * missing host permission. The request must run inside the click handler, because
 * browsers grant permissions only on a user gesture.
 */
export function StatusLine(props: { page: PageStatus | null; onChanged: () => void }) {
  const { page, onChanged } = props;
  const grant = useAction(async () => {
    if (page?.origin == null) return;
    const granted = await browser.permissions.request({
      origins: [permissionPattern(page.origin)],
    });
    if (granted) onChanged();
    else grant.setError(t('permissionDenied'));
  });
  if (page === null) return <p class="status muted">{t('verdictChecking')}</p>;

  const host = page.origin === null ? '' : hostOf(page.origin);
  return (
    <div class={`status verdict-${page.verdict}`}>
      <p>{t(VERDICT_MESSAGES[page.verdict], host)}</p>
      {page.verdict === 'no-permission' && page.origin !== null && (
        <button type="button" disabled={grant.busy} onClick={() => void grant.run()}>
          {t('permissionAllow', host)}
        </button>
      )}
      {grant.error && (
        <p role="alert" class="error">
          {grant.error}
        </p>
      )}
    </div>
  );
}
