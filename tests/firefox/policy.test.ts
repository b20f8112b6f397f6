import { afterEach, describe, expect, test } from 'vitest';
import { FIREFOX_ID } from '../../manifest.config';
import { openExtensionTab, sendToWorker, type ExtensionTab } from './extensionTab';
import {
  EXTENSION_UUID,
  launchFirefox,
  missingPrerequisite,
  type FirefoxWithExtension,
} from './firefox';
import { policyFileProblem, writePolicies } from './policies';

const missing = missingPrerequisite() ?? policyFileProblem();
if (missing !== null) console.warn(`Skipping the Firefox policy test: ${missing}`);

/** Values as an administrator might write them, some of them wrong on purpose. */
const POLICY = {
  autoLockMinutes: 5000,
  allowExport: 'false',
  requirePassphrase: true,
  unknownSetting: 1,
};

describe.skipIf(missing !== null)('Firefox policies.json', () => {
  let firefox: FirefoxWithExtension | undefined;
  let removePolicies: (() => void) | undefined;

  afterEach(async () => {
    try {
      await firefox?.close();
    } finally {
      // Firefox on this machine would read a left-over file at every start.
      removePolicies?.();
      firefox = undefined;
      removePolicies = undefined;
    }
  });

  /** Write the extension's policy, start Firefox and open the settings page. */
  async function startWithPolicy(policy: Record<string, unknown>): Promise<ExtensionTab> {
    removePolicies = writePolicies({ '3rdparty': { Extensions: { [FIREFOX_ID]: policy } } });
    firefox = await launchFirefox();
    return openExtensionTab(firefox.browser, EXTENSION_UUID, 'src/options/index.html');
  }

  test('3rdparty values reach the extension', async () => {
    const tab = await startWithPolicy(POLICY);

    const view = await sendToWorker(tab, 'settings.get', null);
    // Firefox checks no schema, so the extension clamps the number and reads the string itself.
    expect(view.settings.autoLockMinutes).toBe(1440);
    expect(view.settings.allowExport).toBe(false);
    expect(view.settings.requirePassphrase).toBe(true);
    expect(view.managedKeys).toEqual(
      expect.arrayContaining(['autoLockMinutes', 'allowExport', 'requirePassphrase']),
    );
    expect(view.policyWarnings.join('\n')).toContain('unknownSetting');

    // The settings page shows the same warning to the user.
    await expect.poll(() => tab.text(), { timeout: 10_000 }).toContain('unknownSetting');
  });

  test('mailOrigins replaces the default hosts', async () => {
    const tab = await startWithPolicy({ mailOrigins: ['https://mail.example.com'] });

    const view = await sendToWorker(tab, 'settings.get', null);
    expect(view.settings.mailOrigins).toEqual(['https://mail.example.com']);

    // The content script leaves the default webmail hosts. mail.example.com waits for the
    // user to grant access, and the demo build always adds loopback.
    const registeredMatches = () =>
      tab.run<string[]>(
        'async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches).sort()',
      );
    await expect
      .poll(registeredMatches, { timeout: 15_000 })
      .toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});
