import browser from 'webextension-polyfill';
import { createLogger } from '../shared/log';
import { mailMatchPatterns } from './mailOrigins';
import { effectiveSettings } from './settings/store';

const log = createLogger('content-scripts');
const SCRIPT_ID = 'mail-pages';

/**
 * Register the content script for the mail origins that are allowed and whose host permission
 * the user granted, and for no other site. Called at start and whenever policy, settings or
 * permissions change, so a new mail origin works without a restart.
 */
export async function syncContentScripts(): Promise<void> {
  const { settings } = await effectiveSettings();
  const patterns: string[] = [];
  for (const pattern of mailMatchPatterns(settings)) {
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }

  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) {
    log.info('No mail site is allowed yet; the content script is not registered.');
    return;
  }
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: ['content.js'],
      matches: patterns,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  log.info('Content script registered.', { sites: patterns.length });
  await injectIntoOpenTabs(patterns);
}

/**
 * Run the content script in mail tabs that were open before it was registered (at install,
 * or when a site was just allowed), so the user need not reload them. The script ignores a
 * second start in the same page.
 */
async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: patterns });
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded === true) continue;
    try {
      await browser.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        files: ['content.js'],
      });
    } catch (error) {
      log.debug('Could not run the content script in an open tab.', { tabId: tab.id }, error);
    }
  }
}
