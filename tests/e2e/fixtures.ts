import { test as base, expect, type Page } from '@playwright/test';
import { startMailbox, type Mailbox } from '../../demo/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * Playwright fixtures shared by the end-to-end tests: a fresh demo mailbox and a fresh Chromium
 * profile with the built extension for every test, and a page in that browser.
 */
export const test = base.extend<{ mailbox: Mailbox; extension: ExtensionBrowser; page: Page }>({
  // Playwright reads the fixture's dependencies from the first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  mailbox: async ({}, use) => {
    const mailbox = await startMailbox();
    await use(mailbox);
    await mailbox.close();
  },
  // The browser's language is the project's, or the one a test file sets with test.use().
  extension: async ({ locale }, use) => {
    const browser = await launchWithExtension({ locale: locale ?? 'en-US' });
    await use(browser);
    await browser.close();
  },
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
  },
});

export { expect };

/** Return the browser's ID of the tab showing a page, as the extension sees it. */
export async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await extension.worker.evaluate(async (address: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === address)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}.`);
  return id;
}

/**
 * Open the popup as a page that acts on the given tab, the way the toolbar popup acts on the
 * active tab. Without a tab it acts on whatever tab is active.
 */
export async function openPopup(extension: ExtensionBrowser, target?: Page): Promise<Page> {
  const query = target === undefined ? '' : `?tab=${await tabIdOf(extension, target)}`;
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/src/popup/index.html${query}`);
  return popup;
}
