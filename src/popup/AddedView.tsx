import type { AddedAccount } from '../shared/messages';
import { t } from '../shared/i18n';
import { accountName, groupCode } from '../ui/format';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { openSettings } from './navigation';

/** Shows the first code of each new account after attaching, and a prompt to back up. */
export function AddedView(props: { added: AddedAccount[]; onDone: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main>
      <h1 tabIndex={-1} ref={heading}>
        {t('addedTitle')}
      </h1>
      <ul class="accounts">
        {props.added.map(({ account, code }) => (
          <li key={account.id} class="account">
            <div class="issuer">{accountName(account)}</div>
            <p class="hint">{t('addedFirstCode')}</p>
            <span class="code" data-code={code.code}>
              {groupCode(code.code)}
            </span>
          </li>
        ))}
      </ul>
      <p>{t('addedBackupPrompt')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void openSettings('backup')}>
          {t('addedBackupButton')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('addedDone')}
        </button>
      </div>
    </main>
  );
}
