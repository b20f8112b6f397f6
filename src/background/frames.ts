import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';

/**
 * Last report of each frame's content script, per tab, kept in storage.session so that the
 * popup can explain a page and pick the frame to fill after the worker restarts.
 */
export interface FrameReport {
  frameId: number;
  origin: string;
  report: PageReport;
}

const keyOf = (tabId: number) => `frames.${tabId}`;

export async function frameReports(tabId: number): Promise<FrameReport[]> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  return Array.isArray(stored) ? (stored as FrameReport[]) : [];
}

/** Record a frame's report, replacing that frame's previous one. */
export async function recordFrameReport(tabId: number, entry: FrameReport): Promise<void> {
  const previous = await frameReports(tabId);
  const reports = [...previous.filter((known) => known.frameId !== entry.frameId), entry];
  await browser.storage.session.set({ [keyOf(tabId)]: reports });
}

/** Drop a tab's reports when it closes or starts loading another page. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
