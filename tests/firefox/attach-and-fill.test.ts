import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/seed';
import { startMailbox, type Mailbox } from '../../demo/server';
import { openExtensionTab, tabIdOf } from './extensionTab';
import {
  EXTENSION_UUID,
  launchFirefox,
  missingPrerequisite,
  type FirefoxWithExtension,
} from './firefox';
import {
  attachFromQr,
  deleteAuthenticator,
  logOn,
  logOut,
  verifyWithFilledCode,
  type FirefoxWalk,
} from './walk';

const missing = missingPrerequisite();
if (missing !== null) console.warn(`Skipping the Firefox end-to-end tests: ${missing}`);

const USERNAME = 'alice@demo.test';

describe.skipIf(missing !== null)('Firefox demo build', () => {
  let mailbox: Mailbox;
  let firefox: FirefoxWithExtension;

  beforeEach(async () => {
    mailbox = await startMailbox();
    firefox = await launchFirefox();
  });

  afterEach(async () => {
    await firefox.close();
    await mailbox.close();
  });

  test('host permissions granted at install', async () => {
    const tab = await openExtensionTab(firefox.browser, EXTENSION_UUID, 'src/options/index.html');
    const granted = await tab.run<{ origins: string[] }>('() => browser.permissions.getAll()');
    expect(granted.origins).toContain('http://127.0.0.1/*');

    // The worker registers the content script once the install event has run.
    const registeredMatches = () =>
      tab.run<string[]>(
        'async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches)',
      );
    await expect.poll(registeredMatches, { timeout: 15_000 }).toContain('http://127.0.0.1/*');
  });

  test('attach, log on and delete', async () => {
    const { browser, page } = firefox;
    const walk: FirefoxWalk = {
      browser,
      page,
      mailbox: mailbox.url,
      username: USERNAME,
      password: DEMO_PASSWORD,
    };

    await logOn(walk);
    expect(page.url()).toMatch(/\/login\/attach/);
    const attachCode = await attachFromQr(walk);
    expect(attachCode).toMatch(/^\d{6}$/);
    // The mailbox's server checked the code and now stores the authenticator.
    const secret = mailbox.users.get(USERNAME)?.authenticatorSecret ?? null;
    expect(secret).not.toBeNull();
    expect(await page.content()).not.toContain(secret);

    // The popup, opened for the mail tab, lists the account with a live code.
    const tab = await openExtensionTab(browser, EXTENSION_UUID, 'src/options/index.html');
    const tabId = await tabIdOf(tab, page);
    await tab.open(`src/popup/index.html?tab=${tabId}`);
    await expect.poll(() => tab.text(), { timeout: 10_000 }).toContain(USERNAME);
    await expect.poll(() => tab.text(), { timeout: 10_000 }).toMatch(/\d{3} \d{3}/);
    await tab.close();
    await page.bringToFront();

    await logOut(walk);
    await logOn(walk);
    expect(page.url()).toMatch(/\/login\/verify/);
    const logonCode = await verifyWithFilledCode(walk);
    expect(logonCode).toMatch(/^\d{6}$/);
    expect(page.url()).toMatch(/\/mail/);

    await deleteAuthenticator(walk);
    expect(mailbox.users.get(USERNAME)?.authenticatorSecret).toBeNull();
  });
});
