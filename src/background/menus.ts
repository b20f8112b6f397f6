import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import { fillTab } from './fill';
import { mailMatchPatterns } from './mailOrigins';
import { effectiveSettings } from './settings/store';

const log = createLogger('menus');
const MENU_ID = 'fill-code';

/** Create or update the "Fill verification code" item, shown on mail pages only. */
export async function syncContextMenu(): Promise<void> {
  const { settings } = await effectiveSettings();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('commandFillCode'),
    contexts: ['editable', 'page'],
    documentUrlPatterns: mailMatchPatterns(settings),
  });
}

async function fillFromUi(tabId: number | undefined, frameId?: number): Promise<void> {
  if (tabId === undefined) return;
  try {
    const outcome = await fillTab(tabId, frameId === undefined ? {} : { frameId });
    if (!outcome.filled) log.info('Nothing was filled.', outcome.reason);
  } catch (error) {
    log.warn('Filling from the menu or shortcut failed.', error);
  }
}

export function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== MENU_ID) return;
  void fillFromUi(tab?.id, info.frameId);
}

export function onCommand(command: string, tab: Tabs.Tab | undefined): void {
  if (command !== 'fill-code') return;
  void (async () => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    await fillFromUi(target?.id);
  })();
}
