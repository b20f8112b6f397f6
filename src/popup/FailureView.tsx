import { t } from '../shared/i18n';
import { describeError } from '../ui/errors';
import { Notice } from '../ui/Field';
import { NoReplyError, WORKER_REPLY_TIMEOUT_MS } from './opening';

/** Says why the popup's data could not be loaded, with a button that requests it again. */
export function FailureView(props: { failure: unknown; onRetry: () => void }) {
  const message =
    props.failure instanceof NoReplyError
      ? t('popupNoAnswer', String(WORKER_REPLY_TIMEOUT_MS / 1000))
      : describeError(props.failure);
  return (
    <main>
      <Notice error={message} />
      <div class="row toolbar">
        <button type="button" class="primary" onClick={props.onRetry}>
          {t('popupRetry')}
        </button>
      </div>
    </main>
  );
}
