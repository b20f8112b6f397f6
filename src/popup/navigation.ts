import browser from 'webextension-polyfill';

/** Section ids of the settings page that the popup links to. */
export type SettingsSection = 'backup' | 'passphrase';

/** Open the settings page in a tab, scrolled to a section when one is given. */
export async function openSettings(section?: SettingsSection): Promise<void> {
  const hash = section === undefined ? '' : `#${section}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html${hash}`) });
}

/** Open a web page, such as the mailbox's Delete Authenticator page, in a new tab. */
export async function openPage(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
