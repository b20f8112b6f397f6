import {
  LANGUAGES,
  SECRETS,
  addByPaste,
  expect,
  expectAccessible,
  keyUri,
  message,
  openOptionsPage,
  openPopupPage,
  test,
} from './popup-helpers';

const PASSPHRASE = 'correct horse battery staple';

for (const { locale, catalog } of LANGUAGES) {
  test.describe(`popup lock (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium and runs axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('lock, wrong passphrase, unlock', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('heidi@demo.test', SECRETS[0]));
      const options = await openOptionsPage(extension);
      await options.getByLabel(message(catalog, 'passphraseNew'), { exact: true }).fill(PASSPHRASE);
      await options
        .getByLabel(message(catalog, 'passphraseConfirm'), { exact: true })
        .first()
        .fill(PASSPHRASE);
      await options.getByRole('button', { name: message(catalog, 'passphraseSetButton') }).click();
      // Argon2id with the production parameters takes seconds on a busy machine.
      await expect(options.getByText(message(catalog, 'passphraseIsSet'))).toBeVisible({
        timeout: 30_000,
      });

      await popup.reload();
      await popup.getByRole('button', { name: message(catalog, 'popupLock') }).click();
      const field = popup.getByLabel(message(catalog, 'passphraseLabel'), { exact: true });
      await expect(field).toBeVisible();
      await expectAccessible(popup);

      await field.fill('wrong passphrase');
      await popup.getByRole('button', { name: message(catalog, 'unlockButton') }).click();
      await expect(popup.getByRole('alert')).toHaveText(message(catalog, 'vaultWrongPassphrase'), {
        timeout: 30_000,
      });

      // The worker may make the user wait after a wrong passphrase; the button is enabled again after it.
      await field.fill(PASSPHRASE);
      const unlock = popup.getByRole('button', { name: message(catalog, 'unlockButton') });
      await expect(unlock).toBeEnabled({ timeout: 30_000 });
      await unlock.click();
      await expect(
        popup.getByRole('listitem', { name: 'Demo Mail (heidi@demo.test)' }),
      ).toBeVisible();
    });
  });
}
