/**
 * Entry point of the background worker. It only registers listeners, synchronously at the top
 * level as Manifest V3 requires, so events that wake the worker find their handler.
 */
import browser from 'webextension-polyfill';
import { createLogger } from '../shared/log';
import { CLIPBOARD_ALARM, onClipboardAlarm } from './clipboard';
import { getVault } from './services';
import { syncContentScripts } from './contentScripts';
import { forgetTab } from './frames';
import { onCommand, onMenuClicked, syncContextMenu } from './menus';
import { handleMessage } from './router';
import { watchSettings } from './settings/store';

const log = createLogger('worker');

function refreshRegistrations(): void {
  void Promise.all([syncContentScripts(), syncContextMenu()]).catch((error: unknown) => {
    log.error('Could not update the content script and menu for the mail sites.', error);
  });
}

browser.runtime.onMessage.addListener(handleMessage);
browser.runtime.onInstalled.addListener(refreshRegistrations);
browser.runtime.onStartup.addListener(refreshRegistrations);
browser.permissions.onAdded.addListener(refreshRegistrations);
browser.permissions.onRemoved.addListener(refreshRegistrations);
watchSettings(() => {
  refreshRegistrations();
  getVault()
    .applySettings()
    .catch((error: unknown) => log.error('Could not apply the new settings to the vault.', error));
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === CLIPBOARD_ALARM) void onClipboardAlarm();
});
browser.commands.onCommand.addListener(onCommand);
browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId);
});
