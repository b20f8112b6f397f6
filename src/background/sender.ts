import browser, { type Runtime } from 'webextension-polyfill';

/** Identity of a message's sender, as far as the browser vouches for it. */
export type SenderInfo =
  | { role: 'extension-page' }
  | { role: 'content-script'; tabId: number; frameId: number; origin: string; tabOrigin: string };

function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Classify the sender of a runtime message, or return null to reject it. Other extensions and
 * web pages are rejected: they cannot reach runtime.onMessage, and the ID check keeps it so if
 * externally_connectable is ever added. A page of our own extension is trusted even when it is
 * open in a tab. Anything else must be our content script in a web page over http or https.
 */
export function identifySender(sender: Runtime.MessageSender): SenderInfo | null {
  if (sender.id !== browser.runtime.id) return null;

  const extensionBase = browser.runtime.getURL('');
  if (sender.url?.startsWith(extensionBase)) return { role: 'extension-page' };

  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) return null;
  // Chrome reports the frame's origin, which is right for about:blank and srcdoc frames too.
  const chromeOrigin = (sender as { origin?: string }).origin;
  const origin = chromeOrigin ?? originOf(sender.url);
  if (origin === null || !/^https?:\/\//.test(origin)) return null;
  const tabOrigin = originOf(sender.tab?.url) ?? origin;
  return { role: 'content-script', tabId, frameId: sender.frameId, origin, tabOrigin };
}
