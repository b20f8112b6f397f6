import type { PopupOpening } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { withTimeout } from '../ui/workerTimeout';
import { targetTab, type TargetTab } from './tab';

/** The worker's reply to 'popup.open' and the tab the popup acts on. */
export interface Opening {
  reply: PopupOpening;
  tab: TargetTab;
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
