import { launchWithExtension, type ExtensionBrowser } from './browser';
import {
  SECRETS,
  addByPaste,
  expect,
  keyUri,
  message,
  openOptionsPage,
  openPopupPage,
  test as base,
} from './popup-helpers';

/**
 * The browser with its interface in Chinese, which chrome.i18n in the worker follows. Chromium on
 * Linux may read the interface language from the LANGUAGE variable rather than from --lang, so
 * both are set, whatever the machine's own locale is.
 */
const test = base.extend<{ extension: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from it.
  extension: async ({}, use) => {
    const previous = process.env.LANGUAGE;
    process.env.LANGUAGE = 'zh_CN';
    let browser: ExtensionBrowser;
    try {
      browser = await launchWithExtension({ locale: 'zh-CN' });
    } finally {
      if (previous === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = previous;
    }
    await use(browser);
    await browser.close();
  },
});

test.describe('worker errors in Chinese', () => {
  // Each test starts Chromium, which took over 40 s on a busy shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('weak backup passphrase explained', async ({ extension }) => {
    const popup = await openPopupPage(extension);
    await addByPaste(popup, 'zh_CN', keyUri('ivan@demo.test', SECRETS[1]));
    const options = await openOptionsPage(extension, '#backup');
    const backup = options.locator('#backup');

    // The backup form leaves the strength check to the worker, so its message is shown.
    await backup.getByLabel(message('zh_CN', 'backupPassphrase'), { exact: true }).fill('abc12');
    await backup.getByLabel(message('zh_CN', 'passphraseConfirm'), { exact: true }).fill('abc12');
    await backup.getByRole('button', { name: message('zh_CN', 'backupExport') }).click();
    await expect(backup.getByRole('alert')).toHaveText(
      message('zh_CN', 'passphraseRuleTooShort', '5', '8'),
    );
  });

  test('worker rejects out-of-range setting', async ({ extension }) => {
    const options = await openOptionsPage(extension);
    const reply: unknown = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'settings.set', payload: { autoLockMinutes: 5000 } }),
    );
    const unit = message('zh_CN', 'settingsCheckUnitMinutes');
    const expected = message(
      'zh_CN',
      'settingsCheckIgnored',
      message('zh_CN', 'settingsChangeSubject', message('zh_CN', 'settingAutoLockMinutes')),
      '5000',
      message('zh_CN', 'settingsCheckReasonOutOfRange', '0', '1440', unit),
      message('zh_CN', 'settingsChangeNothingSaved'),
    );
    expect(reply).toEqual({ ok: false, error: 'invalid-request', message: expected });
  });

  test('out-of-range field explained', async ({ extension }) => {
    const options = await openOptionsPage(extension);
    const field = options.getByLabel(message('zh_CN', 'clipboardLabel'), { exact: true });
    await field.fill('601');
    await field.blur();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(
      options.getByText(message('zh_CN', 'optionsNumberTooHigh', '601', '0', '600')),
    ).toBeVisible();
  });
});
