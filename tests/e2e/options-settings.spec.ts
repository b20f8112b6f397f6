import { readFileSync } from 'node:fs';
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

for (const { locale, catalog } of LANGUAGES) {
  test.describe(`settings page (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium and runs axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('sections render and pass axe', async ({ extension }) => {
      const options = await openOptionsPage(extension);
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(
        message(catalog, 'optionsTitle'),
      );
      for (const key of [
        'passphraseTitle',
        'generalTitle',
        'sitesTitle',
        'backupTitle',
        'exportTitle',
      ]) {
        await expect(
          options.getByRole('heading', { name: message(catalog, key), exact: true }),
        ).toBeVisible();
      }
      await expect(options.getByText(message(catalog, 'backupPlainForbidden'))).toBeVisible();
      await expectAccessible(options);
    });

    test('clipboard time is saved', async ({ extension }) => {
      const options = await openOptionsPage(extension);
      const field = options.getByLabel(message(catalog, 'clipboardLabel'), { exact: true });
      await field.fill('45');
      await field.blur();
      await options.reload();
      await expect(
        options.getByLabel(message(catalog, 'clipboardLabel'), { exact: true }),
      ).toHaveValue('45');
    });

    test('out-of-range number is explained', async ({ extension }) => {
      const options = await openOptionsPage(extension);
      const field = options.getByLabel(message(catalog, 'autoLockLabel'), { exact: true });
      await field.fill('5000');
      await field.blur();
      const reason = message(catalog, 'optionsNumberTooHigh', '5000', '0', '1440');
      await expect(options.getByText(reason, { exact: true })).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(
        `${message(catalog, 'autoLockHint')} ${reason}`,
      );
      await expect(field).toHaveValue('5000');
      await expectAccessible(options);

      await options.reload();
      await expect(
        options.getByLabel(message(catalog, 'autoLockLabel'), { exact: true }),
      ).toHaveValue('15');
    });

    test('mail site added and removed', async ({ extension }) => {
      const options = await openOptionsPage(extension);
      const input = options.getByLabel(message(catalog, 'sitesAdd'), { exact: true });
      await input.fill('mail.example.com/inbox');
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(options.getByText(message(catalog, 'sitesInvalid'))).toBeVisible();

      // The demo build holds the loopback permission already, so the request needs no prompt.
      await input.fill('http://localhost:8025');
      await options.getByRole('button', { name: message(catalog, 'sitesAddButton') }).click();
      const site = options.locator('.site', { hasText: 'http://localhost:8025' });
      await expect(site).toBeVisible();

      await options
        .getByRole('button', { name: message(catalog, 'sitesRemoveFor', 'http://localhost:8025') })
        .click();
      await expect(site).toHaveCount(0);
    });

    test('passphrase set, changed, removed', async ({ extension }) => {
      const options = await openOptionsPage(extension);
      await expect(options.getByText(message(catalog, 'passphraseNotSet'))).toBeVisible();
      await options
        .getByLabel(message(catalog, 'passphraseNew'), { exact: true })
        .fill('correct horse battery staple');
      await options
        .getByLabel(message(catalog, 'passphraseConfirm'), { exact: true })
        .first()
        .fill('correct horse battery staple');
      await options.getByRole('button', { name: message(catalog, 'passphraseSetButton') }).click();
      // Argon2id with the production parameters takes seconds on a busy machine.
      await expect(options.getByText(message(catalog, 'passphraseIsSet'))).toBeVisible({
        timeout: 30_000,
      });

      await options
        .getByLabel(message(catalog, 'passphraseCurrent'), { exact: true })
        .fill('correct horse battery staple');
      await options
        .getByLabel(message(catalog, 'passphraseNew'), { exact: true })
        .fill('purple monkey dishwasher lamp');
      await options
        .getByLabel(message(catalog, 'passphraseConfirm'), { exact: true })
        .first()
        .fill('purple monkey dishwasher lamp');
      await options.getByRole('button', { name: message(catalog, 'passphraseChange') }).click();
      await expect(options.getByText(message(catalog, 'passphraseChanged'))).toBeVisible({
        timeout: 30_000,
      });

      await options
        .getByLabel(message(catalog, 'passphraseCurrent'), { exact: true })
        .fill('purple monkey dishwasher lamp');
      await options.getByRole('button', { name: message(catalog, 'passphraseRemove') }).click();
      await expect(options.getByText(message(catalog, 'passphraseNotSet'))).toBeVisible({
        timeout: 30_000,
      });
      await expectAccessible(options);
    });

    test('backup exports and imports', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('frank@demo.test', SECRETS[5]));
      const options = await openOptionsPage(extension, '#backup');

      await options
        .getByLabel(message(catalog, 'backupPassphrase'), { exact: true })
        .fill('backup passphrase 42');
      await options
        .locator('#backup')
        .getByLabel(message(catalog, 'passphraseConfirm'), { exact: true })
        .fill('backup passphrase 42');
      const downloaded = options.waitForEvent('download');
      await options.getByRole('button', { name: message(catalog, 'backupExport') }).click();
      const download = await downloaded;
      const file = await download.path();
      const contents = readFileSync(file, 'utf8');
      expect(contents).not.toContain(SECRETS[5]);

      await options.getByLabel(message(catalog, 'backupFile'), { exact: true }).setInputFiles(file);
      await options
        .getByLabel(message(catalog, 'backupImportPassphrase'), { exact: true })
        .fill('backup passphrase 42');
      await options
        .getByRole('button', { name: message(catalog, 'backupImport'), exact: true })
        .click();
      // Opening the backup runs Argon2id with the production parameters.
      await expect(options.getByText(message(catalog, 'backupImported', '0', '1'))).toBeVisible({
        timeout: 30_000,
      });
    });

    test('backup picker is translated', async ({ extension }) => {
      const options = await openOptionsPage(extension, '#backup');
      const input = options.getByLabel(message(catalog, 'backupFile'), { exact: true });
      const noFile = message(catalog, 'backupNoFile');
      await expect(options.getByText(message(catalog, 'backupChooseFile'))).toBeVisible();
      await expect(options.getByText(noFile, { exact: true })).toBeVisible();
      await expect(input).toHaveAccessibleDescription(noFile);
      // The native input, whose button text is the browser's own, is clipped out of sight.
      await expect(input).toHaveCSS('clip-path', 'inset(50%)');

      await input.setInputFiles({
        name: 'accounts.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(keyUri('ivan@demo.test', SECRETS[6])),
      });
      await expect(options.getByText('accounts.txt', { exact: true })).toBeVisible();
      await expect(input).toHaveAccessibleDescription('accounts.txt');
      await expectAccessible(options);
    });

    test('oversized backup is rejected', async ({ extension }) => {
      const options = await openOptionsPage(extension, '#backup');
      const input = options.getByLabel(message(catalog, 'backupFile'), { exact: true });
      await input.setInputFiles({
        name: 'large.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(20_000_000, 'a'),
      });
      const reason = message(catalog, 'backupErrorTooLarge', '5');
      await expect(options.getByText(reason, { exact: true })).toBeVisible();
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const importButton = options.getByRole('button', {
        name: message(catalog, 'backupImport'),
        exact: true,
      });
      await expect(importButton).toBeDisabled();
    });

    test('file kind decides passphrase need', async ({ extension }) => {
      const options = await openOptionsPage(extension, '#backup');
      const input = options.getByLabel(message(catalog, 'backupFile'), { exact: true });
      const importButton = options.getByRole('button', {
        name: message(catalog, 'backupImport'),
        exact: true,
      });
      // The outcome is shown inside the import form, beside the control that caused it.
      const importAlert = options.locator('form').filter({ has: importButton }).getByRole('alert');
      const notBackup = message(catalog, 'backupErrorNotBackup');
      const cases: [string, Buffer, string][] = [
        ['empty.txt', Buffer.alloc(0), notBackup],
        ['binary.bin', Buffer.from([0x00, 0x01, 0xff]), notBackup],
        ['broken.json', Buffer.from('{not json'), notBackup],
        [
          'backup.json',
          Buffer.from('{"kind":"mail-authenticator-backup","version":1}'),
          message(catalog, 'backupErrorPassphraseMissing'),
        ],
      ];
      for (const [name, buffer, expected] of cases) {
        await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
        await importButton.click();
        await expect(importAlert, name).toHaveText(expected);
      }
    });

    test('account export shows QR', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('grace@demo.test', SECRETS[6]));
      const options = await openOptionsPage(extension, '#export');

      await options
        .getByLabel(message(catalog, 'exportAccount'), { exact: true })
        .selectOption({ label: 'Demo Mail (grace@demo.test)' });
      await options.getByRole('button', { name: message(catalog, 'exportShow') }).click();
      const qr = options.getByRole('img', {
        name: message(catalog, 'exportQrLabel', 'Demo Mail (grace@demo.test)'),
      });
      await expect(qr).toBeVisible();
      await expect(options.getByLabel(message(catalog, 'exportUri'), { exact: true })).toHaveValue(
        /^otpauth:\/\/totp\//,
      );
      await expectAccessible(options);

      await options.getByRole('button', { name: message(catalog, 'exportHide') }).click();
      await expect(qr).toHaveCount(0);
    });
  });
}
