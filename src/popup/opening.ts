import type { PopupOpening } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { targetTab, type TargetTab } from './tab';

/**
 * Maximum wait for the worker's reply to the popup's first request. A stopped worker restarts
 * before it replies, and its first settings read after a start was measured once at 2.7 s
 * (Chromium 156, Linux), so the limit leaves about twice that. A worker with no reply by then
 * is most likely stuck.
 */
export const WORKER_REPLY_TIMEOUT_MS = 6000;

/** The worker's reply to 'popup.open' and the tab the popup acts on. */
export interface Opening {
  reply: PopupOpening;
  tab: TargetTab;
}

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

/** Send the popup's first request and look up its tab, at the same time. */
function requestOpening(): Promise<Opening> {
  const opening = Promise.all([sendToWorker('popup.open', null), targetTab()]);
  return withTimeout(opening.then(([reply, tab]) => ({ reply, tab })));
}

let early: Promise<Opening> | null = null;

/**
 * Send the first request before the interface's modules load, so the worker works while they
 * load. The first takeOpening() call takes it over.
 */
export function startOpening(): void {
  early = requestOpening();
  // Marks a rejection as handled until takeOpening's caller awaits it, so it is not reported twice.
  early.catch(() => undefined);
}

/** Return the request that startOpening sent, once, and a new request after that. */
export function takeOpening(): Promise<Opening> {
  const pending = early ?? requestOpening();
  early = null;
  return pending;
}
