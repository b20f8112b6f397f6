import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { AccountSummary } from '../shared/account';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { Notice } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { AccountRow } from './AccountRow';
import { copyCode } from './clipboard';
import { Help } from './Help';
import { StatusLine } from './StatusLine';
import { CODES_PAINTED_MARK } from './marks';
import { openSettings } from './navigation';
import { isToolbarPopup } from './tab';
import type { PopupData } from './usePopupData';

/** Accounts beyond which a search field is shown. */
const SEARCH_THRESHOLD = 5;

/**
 * Rows rendered before the first paint; the popup's 600 px show fewer. The rest follow in the
 * next render after that paint, so 200 accounts do not hold back the first codes.
 */
const FIRST_ROWS = 20;

interface AccountsViewProps {
  data: PopupData;
  onAttach: () => void;
  onDelete: (account: AccountSummary) => void;
  onLock: () => void;
  onPageChanged: () => void;
  /** Message from a paste handled by the parent, shown with the view's own messages. */
  pasteError: string | null;
}

function matchesQuery(account: AccountSummary, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return (
    needle === '' ||
    account.issuer.toLowerCase().includes(needle) ||
    account.label.toLowerCase().includes(needle)
  );
}

/** Renders the main view: codes of every account, with the active tab's mailbox first. */
export function AccountsView(props: AccountsViewProps) {
  const { data } = props;
  const [query, setQuery] = useState('');
  const [success, setSuccess] = useState<string | null>(null);
  const [rowLimit, setRowLimit] = useState(FIRST_ROWS);
  const pageOrigin = data.page?.origin ?? data.tab.origin;
  const canFill = data.page?.verdict === 'ready' || data.page?.verdict === 'no-account';

  const sorted = useMemo(() => {
    const matching = data.accounts.filter((account) => account.origin === pageOrigin);
    const others = data.accounts.filter((account) => account.origin !== pageOrigin);
    return [...matching, ...others];
  }, [data.accounts, pageOrigin]);
  const visible = sorted.filter((account) => matchesQuery(account, query));
  // Preact runs effects after the browser painted, so this renders the remaining rows next.
  useEffect(() => setRowLimit(Infinity), []);

  const fill = useAction(async (account: AccountSummary) => {
    if (data.tab.id === null) return;
    const outcome = await sendToWorker('page.fill', { tabId: data.tab.id, accountId: account.id });
    if (!outcome.filled) {
      fill.setError(outcome.reason ?? t('fillFailed'));
      return;
    }
    setSuccess(t('fillDone'));
    if (isToolbarPopup()) window.close();
  });
  const copy = useAction(async (_account: AccountSummary, code: string) => {
    const seconds = data.settings.settings.clipboardClearSeconds;
    await copyCode(code, seconds);
    setSuccess(seconds > 0 ? t('copyDoneClears', String(seconds)) : t('copyDone'));
  });

  useLayoutEffect(() => {
    // Layout effects run after the DOM update and before the browser paints that frame.
    if (data.codes.size > 0 && performance.getEntriesByName(CODES_PAINTED_MARK).length === 0) {
      performance.mark(CODES_PAINTED_MARK);
    }
  }, [data.codes]);

  const now = Date.now();
  return (
    <main>
      <header class="row top">
        <h1>{t('extensionName')}</h1>
        <span class="spacer" />
        {data.vault.hasPassphrase && (
          <button type="button" class="link" onClick={props.onLock}>
            {t('popupLock')}
          </button>
        )}
      </header>
      <StatusLine page={data.page} onChanged={props.onPageChanged} />
      {data.accounts.length > SEARCH_THRESHOLD && (
        <input
          type="search"
          class="search"
          aria-label={t('popupSearch')}
          placeholder={t('popupSearch')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      )}
      {data.accounts.length === 0 && <p class="empty">{t('popupNoAccounts')}</p>}
      {data.accounts.length > 0 && visible.length === 0 && <p class="empty">{t('popupNoMatch')}</p>}
      <ul class="accounts" aria-label={t('popupAccounts')}>
        {visible.slice(0, rowLimit).map((account, index) => (
          <AccountRow
            key={account.id}
            first={index === 0}
            account={account}
            code={data.codes.get(account.id)}
            now={now}
            matches={pageOrigin !== null && account.origin === pageOrigin}
            canFill={canFill}
            onFill={(chosen) => void fill.run(chosen)}
            onCopy={(chosen, code) => void copy.run(chosen, code)}
            onDelete={props.onDelete}
          />
        ))}
      </ul>
      <Notice error={fill.error ?? copy.error ?? props.pasteError} success={success} />
      <div class="row toolbar">
        <button type="button" class="primary" onClick={props.onAttach}>
          {t('popupAttach')}
        </button>
        <button type="button" onClick={() => void openSettings()}>
          {t('popupSettings')}
        </button>
      </div>
      <Help />
    </main>
  );
}
