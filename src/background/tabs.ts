import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messaging';
import { createLogger } from '../shared/log';
import { frameReports, recordFrameReport, type FrameReport } from './frames';

const log = createLogger('tabs');

/**
 * Run content-actions.js in one frame of a tab, beside its content.js: the fill, the in-page
 * buttons and the QR offers. The script ignores a second run, so calling this before every fill
 * is safe.
 */
export async function runContentActions(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: ['content-actions.js'],
  });
}

/** Origin of a tab's page, or null when the extension may not see its address. */
export async function tabOrigin(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url === undefined) return null;
  try {
    const origin = new URL(tab.url).origin;
    return /^https?:/.test(origin) ? origin : null;
  } catch {
    return null;
  }
}

/**
 * Return the frames of a tab whose content script has reported. A tab opened before the
 * extension was installed or allowed on the site has none, so the content script is injected
 * into it once and the top frame is asked to describe itself.
 */
export async function knownFrames(tabId: number, origin: string): Promise<FrameReport[]> {
  const known = await frameReports(tabId);
  if (known.length > 0) return known;
  try {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: ['content.js'],
    });
    const report = await sendToTab(tabId, 0, 'content.describe', null);
    const entry: FrameReport = { frameId: 0, origin, report };
    await recordFrameReport(tabId, entry);
    return await frameReports(tabId);
  } catch (error) {
    log.warn('Could not reach the page in this tab.', { tabId }, error);
    return [];
  }
}
