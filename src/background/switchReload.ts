/**
 * Waiting out a logon page's method switch that loads a new page. Where "Authenticator App" is
 * a link (such as ?method=app) and not a tab drawn by script, the content script that clicked it
 * is gone with the old page, so the worker fills the new page itself once it has reported.
 */
import browser from 'webextension-polyfill';
import { frameReports, type FrameReport } from './frames';

/**
 * Maximum wait for the page behind the switch to load and report its code field. It allows for a
 * page load over a slow connection, because the user is waiting for the fill anyway.
 */
const RELOAD_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

/**
 * Wait for the page that replaced a logon page and return its top frame, once it is loaded, on
 * `origin` and reporting an authenticator code field. Returns null when that takes too long.
 */
export async function reloadedLogonFrame(
  tabId: number,
  origin: string,
): Promise<FrameReport | null> {
  for (let waited = 0; waited < RELOAD_TIMEOUT_MS; waited += POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const tab = await browser.tabs.get(tabId);
    // Reports are dropped when the tab starts loading, so one seen after loading is the new page's.
    if (tab.status !== 'complete') continue;
    const frame = (await frameReports(tabId)).find(
      (known) =>
        known.frameId === 0 &&
        known.origin === origin &&
        known.report.page === 'logon' &&
        known.report.codeFields > 0,
    );
    if (frame !== undefined) return frame;
  }
  return null;
}
