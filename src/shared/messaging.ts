import browser from 'webextension-polyfill';
import { ExtensionError } from './errors';
import { t } from './i18n';
import type {
  ContentMessages,
  ContentMessageType,
  Envelope,
  Reply,
  WorkerMessages,
  WorkerMessageType,
} from './messages';

/** Return the value of a reply envelope, or throw its error as an ExtensionError. */
function unwrap(reply: unknown, type: string): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new ExtensionError('unavailable', t('requestNoReply', type));
  }
  const typed = reply as Reply<unknown>;
  if (!typed.ok) throw new ExtensionError(typed.error, typed.message);
  return typed.value;
}

/** Send a message to the background worker and return its value, or throw its error. */
export async function sendToWorker<Type extends WorkerMessageType>(
  type: Type,
  payload: WorkerMessages[Type]['request'],
): Promise<WorkerMessages[Type]['response']> {
  const envelope: Envelope<Type> = { type, payload };
  const reply: unknown = await browser.runtime.sendMessage(envelope);
  return unwrap(reply, type) as WorkerMessages[Type]['response'];
}

/** Send a message to the content script of one frame of a tab. */
export async function sendToTab<Type extends ContentMessageType>(
  tabId: number,
  frameId: number,
  type: Type,
  payload: ContentMessages[Type]['request'],
): Promise<ContentMessages[Type]['response']> {
  const envelope: Envelope<Type> = { type, payload };
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope, { frameId });
  return unwrap(reply, type) as ContentMessages[Type]['response'];
}
