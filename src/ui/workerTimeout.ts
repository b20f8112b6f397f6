/**
 * Maximum wait for the worker's reply to a page's first request. A stopped worker restarts
 * before it replies, and its first settings read after a start was measured once at 2.7 s
 * (Chromium 156, Linux), so the limit leaves about twice that. A worker with no reply by then
 * is most likely stuck.
 */
export const WORKER_REPLY_TIMEOUT_MS = 6000;

/** Failure of a request that got no reply from the worker within WORKER_REPLY_TIMEOUT_MS. */
export class NoReplyError extends Error {
  override readonly name = 'NoReplyError';
}

/** Settle like `promise`, or reject with NoReplyError when it takes longer than the timeout. */
export function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new NoReplyError(`The worker's reply timed out after ${WORKER_REPLY_TIMEOUT_MS} ms.`),
        ),
      WORKER_REPLY_TIMEOUT_MS,
    );
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
