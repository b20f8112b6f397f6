import browser, { type Runtime } from 'webextension-polyfill';
import { clearClipboardIfUnchanged } from './clipboardAccess';

/** Message the worker sends to this document; every other message is left to the worker. */
interface ClearRequest {
  type: 'offscreen.clearClipboard';
  text: string;
}

function isClearRequest(message: unknown): message is ClearRequest {
  const candidate = message as Partial<ClearRequest> | null;
  return candidate?.type === 'offscreen.clearClipboard' && typeof candidate.text === 'string';
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isClearRequest(message) || sender.id !== browser.runtime.id) return undefined;
  return Promise.resolve(clearClipboardIfUnchanged(message.text));
});
