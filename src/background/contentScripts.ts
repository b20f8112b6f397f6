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
}
