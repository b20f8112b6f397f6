import { t, type MessageKey } from '../shared/i18n';
import { describeError } from './errors';
import { Notice } from './Field';
import { NoReplyError, WORKER_REPLY_TIMEOUT_MS } from './workerTimeout';

/**
 * Shows why a page's data could not be loaded, with a button that requests it again.
 * `noReplyKey` names the page's message for a worker that did not reply in time, and that
 * message takes the timeout in seconds as its one substitution.
 */
export function FailureView(props: {
  failure: unknown;
  noReplyKey: MessageKey;
  onRetry: () => void;
}) {
  const message =
    props.failure instanceof NoReplyError
      ? t(props.noReplyKey, String(WORKER_REPLY_TIMEOUT_MS / 1000))
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
