import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AccountSummary, CodeSnapshot } from '../shared/account';
import type { PageStatus, VaultStatus } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import type { SettingsView } from '../shared/settings';
import { errorCode } from '../ui/errors';
import { withTimeout } from '../ui/workerTimeout';
import { takeOpening } from './opening';
import type { TargetTab } from './tab';

/** Everything the popup shows, loaded from the worker when it opens. */
export interface PopupData {
  vault: VaultStatus;
  settings: SettingsView;
  accounts: AccountSummary[];
  codes: Map<string, CodeSnapshot>;
  tab: TargetTab;
  /** Null until the worker has asked the tab's content script, which may take a moment. */
  page: PageStatus | null;
}

/** Shortest wait between two code refreshes, so a clock or worker glitch cannot spin. */
const MIN_REFRESH_MS = 1000;

function codeMap(codes: CodeSnapshot[]): Map<string, CodeSnapshot> {
  return new Map(codes.map((code) => [code.accountId, code]));
}

async function loadCodes(): Promise<Pick<PopupData, 'accounts' | 'codes'> | null> {
  try {
    const { accounts, codes } = await withTimeout(sendToWorker('accounts.list', null));
    return { accounts, codes: codeMap(codes) };
  } catch (error) {
    if (errorCode(error) === 'locked') return null;
    throw error;
  }
}

async function loadPage(tabId: number | null): Promise<PageStatus | null> {
  if (tabId === null) return null;
  try {
    return await withTimeout(sendToWorker('page.status', { tabId }));
  } catch {
    return { verdict: 'unreachable', origin: null, report: null };
  }
}

/**
 * Load the popup's data, and reload the codes when the earliest one expires. The page status is
 * loaded after the codes are set, so a slow tab never delays them.
 */
export function usePopupData() {
  const [data, setData] = useState<PopupData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const reloadPage = useCallback(async (tabId: number | null) => {
    const page = await loadPage(tabId);
    setData((current) => (current === null ? current : { ...current, page }));
  }, []);

  const reload = useCallback(async () => {
    setFailure(null);
    try {
      const { reply, tab } = await takeOpening();
      setData((current) => ({
        vault: reply.vault,
        settings: reply.settings,
        accounts: reply.accounts,
        codes: codeMap(reply.codes),
        tab,
        page: current?.page ?? null,
      }));
      void reloadPage(tab.id);
    } catch (error) {
      setData(null);
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
