import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AccountSummary, CodeSnapshot } from '../shared/account';
import type { PageStatus, VaultStatus } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { DEFAULT_SETTINGS, type SettingsView } from '../shared/settings';
import { errorCode } from '../ui/errors';
import { targetTab, type TargetTab } from './tab';

/** Everything the popup shows, loaded from the worker when it opens. */
export interface PopupData {
  vault: VaultStatus;
  /** The defaults until the worker's answer arrives, which can take seconds on a cold start. */
  settings: SettingsView;
  settingsLoaded: boolean;
  accounts: AccountSummary[];
  codes: Map<string, CodeSnapshot>;
  tab: TargetTab;
  /** Null until the worker has asked the tab's content script, which may take a moment. */
  page: PageStatus | null;
}

const DEFAULT_VIEW: SettingsView = {
  settings: { ...DEFAULT_SETTINGS },
  managedKeys: [],
  policyWarnings: [],
};

/** Shortest wait between two code refreshes, so a clock or worker glitch cannot spin. */
const MIN_REFRESH_MS = 1000;

async function loadCodes(): Promise<Pick<PopupData, 'accounts' | 'codes'> | null> {
  try {
    const { accounts, codes } = await sendToWorker('accounts.list', null);
    return { accounts, codes: new Map(codes.map((code) => [code.accountId, code])) };
  } catch (error) {
    if (errorCode(error) === 'locked') return null;
    throw error;
  }
}

async function loadPage(tabId: number | null): Promise<PageStatus | null> {
  if (tabId === null) return null;
  try {
    return await sendToWorker('page.status', { tabId });
  } catch {
    return { verdict: 'unreachable', origin: null, report: null };
  }
}

/** Send the requests behind the popup's first view. */
function startRequests() {
  // The codes do not wait for the settings, because the worker's first settings.get after start
  // took 2.7 s in Chromium 156 on Linux with no policy installed (measured once).
  const settings = sendToWorker('settings.get', null);
  // Marks the rejection as handled until it is awaited, so it is not reported twice.
  settings.catch(() => undefined);
  const main = Promise.all([sendToWorker('vault.status', null), loadCodes(), targetTab()]);
  main.catch(() => undefined);
  return { settings, main };
}

let preloaded: ReturnType<typeof startRequests> | null = null;

/**
 * Start the first requests before the first render, so they do not wait for the effect that
 * Preact runs after the first paint. The next usePopupData load takes them over.
 */
export function preloadPopupData(): void {
  preloaded = startRequests();
}

/**
 * Load the popup's data, and reload the codes when the earliest one expires. The page status is
 * loaded apart from the rest, so a slow tab does not hold back the codes.
 */
export function usePopupData() {
  const [data, setData] = useState<PopupData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const reloadPage = useCallback(async (tabId: number | null) => {
    const page = await loadPage(tabId);
    setData((current) => (current === null ? current : { ...current, page }));
  }, []);

  const reload = useCallback(async () => {
    try {
      const requests = preloaded ?? startRequests();
      preloaded = null;
      const [vault, listed, tab] = await requests.main;
      const empty = { accounts: [], codes: new Map<string, CodeSnapshot>() };
      setData((current) => ({
        vault,
        settings: current?.settings ?? DEFAULT_VIEW,
        settingsLoaded: current?.settingsLoaded ?? false,
        ...(listed ?? empty),
        tab,
        page: current?.page ?? null,
      }));
      setFailure(null);
      void reloadPage(tab.id);
      // A second update once the settings arrive; a failure there is shown like any other.
      const settings = await requests.settings;
      setData((current) =>
        current === null ? current : { ...current, settings, settingsLoaded: true },
      );
    } catch (error) {
      setFailure(error);
    }
  }, [reloadPage]);

  const refreshCodes = useCallback(async () => {
    const listed = await loadCodes().catch(() => null);
    if (listed === null) return reload();
    setData((current) => (current === null ? current : { ...current, ...listed }));
  }, [reload]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (data === null || data.codes.size === 0) return;
    const now = Date.now();
    let earliest = Infinity;
    for (const code of data.codes.values()) {
      if (code.validUntil > now) earliest = Math.min(earliest, code.validUntil);
    }
    if (!Number.isFinite(earliest)) return;
    const timer = setTimeout(() => void refreshCodes(), Math.max(earliest - now, MIN_REFRESH_MS));
    return () => clearTimeout(timer);
  }, [data?.codes, refreshCodes]);

  return { data, failure, reload, reloadPage };
}
