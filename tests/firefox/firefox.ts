/**
 * Start Firefox with a fresh profile and the extension's demo build installed, driven by
 * puppeteer-core over WebDriver BiDi.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ID } from '../../manifest.config';

/** Firefox binary: FIREFOX_PATH, else Debian's Firefox ESR package. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The demo build, which may run on the demo mailbox on 127.0.0.1. */
export const EXTENSION_PATH = path.resolve(
  process.env.FIREFOX_EXTENSION_PATH ?? 'dist/firefox-demo',
);

/**
 * Internal UUID of the extension's moz-extension:// origin. Firefox picks a random one per
 * profile unless the `extensions.webextensions.uuids` preference fixes it.
 */
export const EXTENSION_UUID = '0b7d3c52-6a43-4d5e-9f1a-2c8e7b5d4a10';

const PREFERENCES = {
  'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: EXTENSION_UUID }),
  // Grant the manifest's host_permissions at install, which is Firefox's default (checked on 153 ESR),
  // so the demo build may run on 127.0.0.1 without a permission prompt.
  'extensions.originControls.grantByDefault': true,
  'intl.locale.requested': 'en-US',
};

/**
 * WebDriver BiDi rejects navigation to moz-extension:// pages unless Firefox runs with this
 * flag. The tests need it to open the popup and the settings page.
 */
const ARGUMENTS = ['--remote-allow-system-access'];

export interface FirefoxWithExtension {
  browser: Browser;
  /** A tab for the mail pages. */
  page: Page;
  close(): Promise<void>;
}

/** Return why the Firefox tests cannot run here, or null when they can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(FIREFOX_PATH)) {
    return `Firefox is not installed at ${FIREFOX_PATH}. Install firefox-esr or set FIREFOX_PATH.`;
  }
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    return `The Firefox demo build is missing at ${EXTENSION_PATH}. Run npm run build first.`;
  }
  return null;
}

/** Start Firefox headless with a fresh profile and the demo build installed. */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    // puppeteer's default of 30 seconds is too short for a busy machine.
    timeout: 90_000,
    args: ARGUMENTS,
    extraPrefsFirefox: PREFERENCES,
  });
  try {
    const id = await browser.installExtension(EXTENSION_PATH);
    if (id !== FIREFOX_ID) throw new Error(`Installed extension has ID ${id}, not ${FIREFOX_ID}.`);
    const page = await browser.newPage();
    return { browser, page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
