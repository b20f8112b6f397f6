import { useState } from 'preact/hooks';
import type { AccountSummary } from '../shared/account';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { Notice } from '../ui/Field';
import { accountName } from '../ui/format';
import { useAction } from '../ui/useAction';
import { useLazy } from '../ui/useLazy';

const loadQrCode = () => import('./QrCode');

/**
 * Move one account to a phone app: its key as a QR code and as a key URI. Both contain the
 * secret, so they are shown only on request and hidden again with one click.
 */
export function ExportSection(props: { accounts: AccountSummary[]; allowed: boolean }) {
  const [chosen, setChosen] = useState('');
  const [uri, setUri] = useState<string | null>(null);
  const QrCode = useLazy(loadQrCode, uri !== null);
  const show = useAction(async () => {
    setUri((await sendToWorker('accounts.export', { id: chosen })).uri);
  });
  const selected = props.accounts.find((account) => account.id === chosen);

  return (
    <section id="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      {!props.allowed && <p class="managed">{t('exportForbidden')}</p>}
      {props.allowed && props.accounts.length === 0 && <p class="hint">{t('exportNoAccounts')}</p>}
      {props.allowed && props.accounts.length > 0 && (
        <>
          <p class="hint">{t('exportIntro')}</p>
          <div class="row">
            <label for="export-account" class="visually-hidden">
              {t('exportAccount')}
            </label>
            <select
              id="export-account"
              class="narrow"
              value={chosen}
              onChange={(event) => {
                setChosen(event.currentTarget.value);
                setUri(null);
              }}
            >
              <option value="">{t('exportChoose')}</option>
              {props.accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {accountName(account)}
                </option>
              ))}
            </select>
            <button type="button" disabled={!chosen || show.busy} onClick={() => void show.run()}>
              {t('exportShow')}
            </button>
            {uri !== null && (
              <button type="button" onClick={() => setUri(null)}>
                {t('exportHide')}
              </button>
            )}
          </div>
          {uri !== null && selected && (
            <div class="export-result">
              {QrCode && <QrCode text={uri} label={t('exportQrLabel', accountName(selected))} />}
              <label for="export-uri" class="label">
                {t('exportUri')}
              </label>
              <textarea
                id="export-uri"
                readOnly
                rows={3}
                value={uri}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          )}
          <Notice error={show.error} />
        </>
      )}
    </section>
  );
}
