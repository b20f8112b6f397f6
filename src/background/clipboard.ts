import browser from 'webextension-polyfill';
import { createLogger } from '../shared/log';
import { clearClipboardIfUnchanged } from '../offscreen/clipboardAccess';

const log = createLogger('clipboard');
export const CLIPBOARD_ALARM = 'clipboard.clear';
const PENDING_KEY = 'clipboard.pending';
const OFFSCREEN_PATH = 'src/offscreen/index.html';

/**
 * Clear a copied code after a delay unless the user copied something else meanwhile. Reading
 * the clipboard needs the optional clipboardRead permission; without it nothing is cleared,
 * because clearing blindly could erase something the user copied after the code.
 * NOTE: Chrome fires alarms no sooner than 30 seconds after they are set, so shorter delays
 * are rounded up to 30 seconds.
 */
export async function clearClipboardLater(text: string, afterSeconds: number): Promise<boolean> {
  if (afterSeconds <= 0) return false;
  if (!(await browser.permissions.contains({ permissions: ['clipboardRead'] }))) return false;
  await browser.storage.session.set({ [PENDING_KEY]: text });
  await browser.alarms.create(CLIPBOARD_ALARM, { when: Date.now() + afterSeconds * 1000 });
  return true;
}

async function clearInOffscreenDocument(text: string): Promise<void> {
  const offscreen = chrome.offscreen;
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.CLIPBOARD],
      justification: 'Clear a copied verification code from the clipboard.',
    });
  }
  await browser.runtime.sendMessage({ type: 'offscreen.clearClipboard', text });
  await offscreen.closeDocument();
}

/** Handle the clipboard alarm: clear the pending code if it is still on the clipboard. */
export async function onClipboardAlarm(): Promise<void> {
  const text = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
  await browser.storage.session.remove(PENDING_KEY);
  if (typeof text !== 'string') return;
  try {
    if (__BROWSER__ === 'firefox') clearClipboardIfUnchanged(text);
    else await clearInOffscreenDocument(text);
  } catch (error) {
    log.warn('Could not clear the copied code from the clipboard.', error);
  }
}
