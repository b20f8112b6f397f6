import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number | null;
  /** Origin of the tab's page, when the extension may read its URL (mail origins, activeTab). */
  origin: string | null;
}

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
 * Return the tab the popup acts on: the `tab` query parameter when the popup runs in its own
 * window or in a test, else the active tab of the current window. The id is null when there is
 * no such tab, as in a window with no normal tabs.
 */
export async function targetTab(): Promise<TargetTab> {
  const requested = new URLSearchParams(location.search).get('tab');
  try {
    const tab =
      requested !== null && /^\d+$/.test(requested)
        ? await browser.tabs.get(Number(requested))
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return { id: tab?.id ?? null, origin: originOf(tab?.url) };
  } catch {
    // tabs.get rejects for a tab that was closed meanwhile.
    return { id: null, origin: null };
  }
}

/** True when the popup runs as the toolbar popup, which may close itself after filling. */
export function isToolbarPopup(): boolean {
  return !new URLSearchParams(location.search).has('tab');
}
