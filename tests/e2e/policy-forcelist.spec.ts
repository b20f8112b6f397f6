/**
 * Force-install in real Chromium. The release build, packed as a CRX3 under a key generated for
 * the run, installs through `ExtensionInstallForcelist` from an update manifest on 127.0.0.1,
 * starts, reads its managed settings, and cannot be removed by the user. Run as root, after
 * `npm run build`.
 *
 * Chromium 156 on Linux accepts a plain http:// update URL and CRX download on 127.0.0.1, so no
 * certificate is needed. Fleets should still serve both over HTTPS.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import type { Reply } from '../../src/shared/messages';
import type { SettingsView } from '../../src/shared/settings';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, EXTENSION_ID } from './browser';
import { describeInstallFailure, installLogFlags } from './forcelist/diagnostics';
import { packExtension, type PackedExtension } from './forcelist/packCrx';
import { serveUpdate, type UpdateServer } from './forcelist/updateServer';
import { message } from './popup-helpers';

const POLICY_FILE = '/etc/chromium/policies/managed/policy-forcelist.json';
/** The release build, which has no host permission for 127.0.0.1 and needs none here. */
const RELEASE_BUILD = path.resolve('dist/chrome');
/** Generous wait for the download and install, which is a background task in Chromium. */
const INSTALL_TIMEOUT = 120_000;
/** Wait for the managed settings, which Chromium hands over after the extension starts. */
const POLICY_WAIT = { timeout: 30_000 };
const MANAGED_SETTINGS = { autoLockMinutes: 7 };

/**
 * Playwright's default flags that block the install. --disable-extensions turns off every
 * extension, and --disable-background-networking stops the update check that downloads a policy
 * extension. --disable-component-update stays on, because it does not block the install in Chromium 156.
 */
const INSTALL_BLOCKING_FLAGS = ['--disable-extensions', '--disable-background-networking'];

interface ForceInstall {
  packed: PackedExtension;
  server: UpdateServer;
  context: BrowserContext;
  worker: Worker;
}

function writePolicy(packed: PackedExtension, server: UpdateServer): void {
  const policy = {
    ExtensionInstallForcelist: [`${packed.id};${server.manifestUrl}`],
    // Without this policy, Chromium 156 blocks DevTools on force-installed extensions, which
    // hides their worker from Playwright too.
    DeveloperToolsAvailability: 1,
    '3rdparty': { extensions: { [packed.id]: MANAGED_SETTINGS } },
  };
  mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(policy));
}

const test = base.extend<{ forceInstall: ForceInstall }>({
  forceInstall: [
    // Playwright reads the fixture's dependencies from the first parameter, which must be a
    // pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'mail-authenticator-forcelist-'));
      const logFile = path.join(folder, 'chromium.log');
      let server: UpdateServer | undefined;
      let context: BrowserContext | undefined;
      try {
        const packed = packExtension(RELEASE_BUILD, folder);
        server = await serveUpdate(packed);
        writePolicy(packed, server);
        const browser = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
          executablePath: CHROMIUM_PATH,
          headless: true,
          locale: 'en-US',
          ignoreDefaultArgs: INSTALL_BLOCKING_FLAGS,
          args: [
            ...CHROMIUM_FLAGS.filter((flag) => !INSTALL_BLOCKING_FLAGS.includes(flag)),
            '--lang=en-US',
            ...installLogFlags(logFile),
          ],
        });
        context = browser;
        const ours = (candidate: Worker) => new URL(candidate.url()).host === packed.id;
        const worker =
          browser.serviceWorkers().find(ours) ??
          (await browser
            .waitForEvent('serviceworker', { predicate: ours, timeout: INSTALL_TIMEOUT })
            .catch(async (error: unknown) => {
              const failure = { id: packed.id, requests: server?.requests ?? [], logFile };
              throw new Error(await describeInstallFailure(browser, failure), { cause: error });
            }));
        await use({ packed, server, context: browser, worker });
      } finally {
        // The policy applies to every Chromium on the machine, so it goes first, even on failure.
        rmSync(POLICY_FILE, { force: true });
        await context?.close();
        await server?.close();
        rmSync(folder, { recursive: true, force: true });
      }
    },
    // Packing, starting Chromium and the install get their own time, apart from the checks.
    { timeout: INSTALL_TIMEOUT + 60_000 },
  ],
});

test('forcelist installs and runs CRX', async ({ forceInstall }) => {
  // The checks open three extension and WebUI pages, which can be slow on a loaded machine.
  test.slow();
  const { packed, server, context, worker } = forceInstall;
  const extensionUrl = `chrome-extension://${packed.id}`;

  await test.step('installed from update manifest', () => {
    // The packed manifest still has the release key, but the signing key sets the ID.
    expect(packed.id).not.toBe(EXTENSION_ID);
    expect(server.requests).toContain('GET /updates.xml 200');
    expect(server.requests).toContain('GET /mail-authenticator.crx 200');
  });

  await test.step('worker runs', async () => {
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(packed.id);
  });

  const options = await context.newPage();
  await options.goto(`${extensionUrl}/src/options/index.html`);

  await test.step('managed setting applies', async () => {
    const settingsView = async (): Promise<SettingsView> => {
      const reply = await options.evaluate((): Promise<Reply<SettingsView>> =>
        chrome.runtime.sendMessage({ type: 'settings.get', payload: null }),
      );
      if (!reply.ok) throw new Error(`settings.get failed: ${reply.message}`);
      return reply.value;
    };
    await expect
      .poll(async () => (await settingsView()).managedKeys, POLICY_WAIT)
      .toEqual(['autoLockMinutes']);
    expect((await settingsView()).settings.autoLockMinutes).toBe(MANAGED_SETTINGS.autoLockMinutes);

    await options.reload();
    const managedList = options.locator('#admin .managed-list');
    await expect(managedList.locator('dt')).toHaveText([message('en', 'settingAutoLockMinutes')]);
    await expect(managedList.locator('dd')).toHaveText([String(MANAGED_SETTINGS.autoLockMinutes)]);
  });

  await test.step('installed by policy', async () => {
    const self = await options.evaluate(() => chrome.management.getSelf());
    expect(self.installType).toBe('admin');
    expect(self.mayDisable).toBe(false);

    const extensionsPage = await context.newPage();
    await extensionsPage.goto('chrome://extensions');
    // Playwright's CSS locators pierce the open shadow roots of the extensions page.
    const item = extensionsPage.locator(`extensions-item#${packed.id}`);
    await expect(item.getByRole('heading', { name: 'Mail Authenticator' })).toBeVisible();
    await expect(item.getByRole('switch')).toBeDisabled();
    await expect(item.getByRole('button', { name: 'Details' })).toBeVisible();
    // A user-installed extension has a Remove button on its card and a link in its details.
    await expect(item.getByRole('button', { name: 'Remove', exact: true })).toHaveCount(0);

    await item.getByRole('button', { name: 'Details' }).click();
    const details = extensionsPage.locator('extensions-detail-view');
    await expect(
      details.getByRole('img', { name: 'Installed by enterprise policy.' }),
    ).toBeVisible();
    await expect(details.getByRole('link', { name: 'Remove extension' })).toHaveCount(0);
  });

  await test.step('popup opens', async () => {
    const popup = await context.newPage();
    await popup.goto(`${extensionUrl}/src/popup/index.html`);
    // Without a tab parameter the popup acts on the active tab, which is its own page here.
    await expect(popup.locator('.status')).toHaveText(message('en', 'verdictNotMailOrigin'));
  });
});
