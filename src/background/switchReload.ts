/**
 * Filling across a logon page's method switch that loads a new page. Where "Authenticator App"
 * is a link (such as ?method=app) and not a tab drawn by script, the content script that clicks
 * it is gone with the old page, so the worker fills the new page once it has reported.
 */
import browser from 'webextension-polyfill';
import type { FillOutcome } from '../shared/messages';
import { frameReports, type FrameReport } from './frames';

/**
 * Maximum wait for the page behind the switch to load and report its code field. It allows for a
 * page load over a slow connection, because the user is waiting for the fill anyway.
 */
const RELOAD_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Start watching the tab for a new page load, before the switch can be clicked. */
function watchNavigation(tabId: number): { started: Promise<boolean>; stop: () => void } {
  let stop: () => void = () => undefined;
  const started = new Promise<boolean>((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'loading') resolve(true);
    };
    const timer = setTimeout(() => resolve(false), RELOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
    stop = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(false);
    };
  });
  return { started, stop };
}

/**
 * Wait for the page that the switch loaded and return its top frame, once it is on `origin` and
 * reports an authenticator code field. Returns null when that takes too long.
 */
async function switchedFrame(
  tabId: number,
  origin: string,
  started: Promise<boolean>,
): Promise<FrameReport | null> {
  if (!(await started)) return null;
  for (let waited = 0; waited < RELOAD_TIMEOUT_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
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

/**
 * Send the fill to a logon page's top frame and, when its method switch loads a new page, send
 * it again to that page. The switch either answers `switching` or closes the message channel.
 */
export async function fillAcrossSwitch(
  tabId: number,
  frame: FrameReport,
  send: (frameId: number) => Promise<FillOutcome>,
): Promise<FillOutcome> {
  const navigation = watchNavigation(tabId);
  try {
    let outcome: FillOutcome;
    try {
      outcome = await send(frame.frameId);
    } catch (error) {
      const next = await switchedFrame(tabId, frame.origin, navigation.started);
      if (next === null) throw error;
      return await send(next.frameId);
    }
    if (outcome.switching !== true) return outcome;
    const next = await switchedFrame(tabId, frame.origin, navigation.started);
    return next === null ? outcome : await send(next.frameId);
  } finally {
    navigation.stop();
  }
}
