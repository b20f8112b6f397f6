import { afterEach, describe, expect, test } from 'vitest';
import { FIREFOX_ID } from '../../manifest.config';
import { openExtensionTab, sendToWorker } from './extensionTab';
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
    await firefox?.close();
    removePolicies?.();
  });

  test('3rdparty values reach the extension', async () => {
    removePolicies = writePolicies({ '3rdparty': { Extensions: { [FIREFOX_ID]: POLICY } } });
    firefox = await launchFirefox();
    const tab = await openExtensionTab(firefox.browser, EXTENSION_UUID, 'src/options/index.html');

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
});
