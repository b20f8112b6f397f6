import type { AccountSummary } from '../shared/account';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { accountName, hostOf } from '../ui/format';
import { Notice } from '../ui/Field';
import { deleteAuthenticatorUrl } from '../ui/mailPages';
import { useAction } from '../ui/useAction';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { openPage } from './navigation';

/**
 * Confirms deleting an account. The mailbox keeps its own copy of the key and requests codes
 * until its authenticator is deleted too, which takes a current code. So the view offers to open
 * that page first, while the extension can still fill the code there.
 */
export function DeleteView(props: {
  account: AccountSummary;
  onDeleted: () => void;
  onCancel: () => void;
}) {
  const { account } = props;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const remove = useAction(async () => {
    await sendToWorker('accounts.delete', { id: account.id });
    props.onDeleted();
  });
  const origin = account.origin;

  return (
    <main>
      <h1 tabIndex={-1} ref={heading}>
        {t('deleteTitle', accountName(account))}
      </h1>
      <p>{t('deleteExplain')}</p>
      {origin !== undefined && (
        <p>
          <button type="button" onClick={() => void openPage(deleteAuthenticatorUrl(origin))}>
            {t('deleteOpenMailbox', hostOf(origin))}
          </button>
        </p>
      )}
      {origin === undefined && <p class="hint">{t('deleteNoOrigin')}</p>}
      <div class="row">
        <button
          type="button"
          class="danger"
          disabled={remove.busy}
          onClick={() => void remove.run()}
        >
          {t('deleteConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
      <Notice error={remove.error} />
    </main>
  );
}
