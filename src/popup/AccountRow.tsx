import type { AccountSummary, CodeSnapshot } from '../shared/account';
import { t } from '../shared/i18n';
import { accountName, groupCode } from '../ui/format';
import { Countdown } from './Countdown';
import { FIRST_CODE_ELEMENT } from './marks';

interface AccountRowProps {
  account: AccountSummary;
  code: CodeSnapshot | undefined;
  now: number;
  /** The account was attached on the active tab's mail origin. */
  matches: boolean;
  canFill: boolean;
  /** The top row, whose code the benchmark's Element Timing entry watches. */
  first: boolean;
  onFill: (account: AccountSummary) => void;
  onCopy: (account: AccountSummary, code: string) => void;
  onDelete: (account: AccountSummary) => void;
}

/** Renders one account: its code in groups of three, the time left, and its fill, copy and delete buttons. */
export function AccountRow(props: AccountRowProps) {
  const { account, code, matches } = props;
  const name = accountName(account);
  const grouped = code ? groupCode(code.code) : '';
  return (
    <li class={matches ? 'account match' : 'account'} aria-label={name}>
      <div class="account-head">
        <span class="issuer">{account.issuer || account.label}</span>
        {matches && <span class="badge">{t('popupThisMailbox')}</span>}
      </div>
      {account.issuer && <div class="account-label">{account.label}</div>}
      <div class="code-line">
        <span
          class="code"
          data-code={code?.code}
          elementtiming={props.first ? FIRST_CODE_ELEMENT : undefined}
        >
          {grouped || '––– –––'}
        </span>
        {code && <Countdown code={code} now={props.now} />}
      </div>
      <div class="row actions">
        {props.canFill && (
          <button
            type="button"
            class={matches ? 'primary' : ''}
            aria-label={t('popupFillFor', name)}
            onClick={() => props.onFill(account)}
          >
            {t('popupFill')}
          </button>
        )}
        <button
          type="button"
          disabled={!code}
          aria-label={t('popupCopyFor', name)}
          onClick={() => code && props.onCopy(account, code.code)}
        >
          {t('popupCopy')}
        </button>
        <button
          type="button"
          class="link"
          aria-label={t('popupDeleteFor', name)}
          onClick={() => props.onDelete(account)}
        >
          {t('popupDelete')}
        </button>
      </div>
    </li>
  );
}
