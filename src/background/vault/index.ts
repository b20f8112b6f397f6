/**
 * Entry point of the vault for the background worker. Call openBrowserVault() once, at the
 * top level of the worker script: it registers the auto-lock alarm listener, and Chrome only
 * wakes a stopped worker for listeners registered in its first turn.
 */
import browser from 'webextension-polyfill';
import { createLogger } from '../../shared/log';
import { IndexedDbDeviceKeys } from './deviceKeys';
import type { StorageArea, VaultSettings } from './types';
import { Vault } from './vault';

export { Vault } from './vault';
export type { VaultSettings } from './types';

const log = createLogger('vault');

interface SessionArea extends StorageArea {
  setAccessLevel?: (options: {
    accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
  }) => Promise<void>;
}

/**
 * Keep storage.session closed to content scripts. TRUSTED_CONTEXTS is Chrome's default too;
 * the call guards against a default changed by another part of the extension. The polyfill
 * passes storage.session through to chrome.storage.session, and Firefox has no
 * setAccessLevel, where content scripts cannot read storage.session in any case.
 */
function restrictSessionAccess(session: SessionArea): void {
  if (typeof session.setAccessLevel !== 'function') return;
  session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => {
    log.error('Could not restrict storage.session to trusted contexts.', error);
  });
}

/**
 * Create the worker's vault over browser.storage, IndexedDB and browser.alarms.
 * `settings` returns the effective settings (policy over user values) each time it is called.
 */
export function openBrowserVault(settings: () => Promise<VaultSettings>): Vault {
  const session = browser.storage.session as SessionArea;
  restrictSessionAccess(session);
  const vault = new Vault({
    local: browser.storage.local,
    session,
    deviceKeys: new IndexedDbDeviceKeys(indexedDB),
    alarms: browser.alarms,
    settings,
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    vault.handleAlarm(alarm.name).catch((error: unknown) => {
      log.error('Auto-lock failed to run.', error);
    });
  });
  return vault;
}
