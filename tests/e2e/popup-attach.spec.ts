import { DEMO_PASSWORD } from '../../demo/seed';
import { logOn, type Walk } from '../../demo/walkthrough';
import { openPopup } from './fixtures';
import {
  LANGUAGES,
  SECRETS,
  expect,
  expectAccessible,
  message,
  nearbyCodes,
  openPopupPage,
  test,
} from './popup-helpers';

for (const { locale, catalog } of LANGUAGES) {
  const language = catalog === 'en' ? 'en' : 'zh';

  test.describe(`popup attach (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium and runs axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('manual entry validates as typed', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await popup.getByRole('button', { name: message(catalog, 'popupAttach') }).click();
      await expect(
        popup.getByRole('heading', { name: message(catalog, 'attachTitle') }),
      ).toBeFocused();
      await expectAccessible(popup);

      const secret = popup.getByLabel(message(catalog, 'manualSecret'), { exact: true });
      await popup
        .getByLabel(message(catalog, 'manualLabel'), { exact: true })
        .fill('dave@demo.test');
      await secret.fill('not a key!');
      await secret.blur();
      await expect(secret).toHaveAttribute('aria-invalid', 'true');
      // Spaces are dropped before validation, so "!" is the eighth character.
      await expect(
        popup.getByText(
          message(catalog, 'keySecretCharacter', message(catalog, 'keyQuotedCharacter', '!'), '8'),
        ),
      ).toBeVisible();
      await expectAccessible(popup);

      await secret.fill(SECRETS[3].toLowerCase().replace(/(.{4})/g, '$1 '));
      await expect(secret).not.toHaveAttribute('aria-invalid', 'true');
      await popup.getByRole('button', { name: message(catalog, 'manualAdd') }).click();
      await expect(
        popup.getByRole('heading', { name: message(catalog, 'addedTitle') }),
      ).toBeVisible();
      expect(nearbyCodes(SECRETS[3])).toContain(await popup.locator('.code').first().textContent());
    });

    test('invalid key URI shows error', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await popup.getByRole('button', { name: message(catalog, 'popupAttach') }).click();
      await popup
        .getByLabel(message(catalog, 'attachUri'), { exact: true })
        .fill('otpauth://totp/x?secret=1');
      await popup
        .getByRole('button', { name: message(catalog, 'attachAddUri'), exact: true })
        .click();
      const alert = popup.getByRole('alert');
      await expect(alert).toBeVisible();
      // The worker's own reason is shown in each language, naming the invalid character.
      await expect(alert).toContainText(
        message(catalog, 'keySecretCharacter', message(catalog, 'keyQuotedCharacter', '1'), '1'),
      );
    });

    test('scan without QR says none', async ({ extension, mailbox, page }) => {
      await page.goto(`${mailbox.url}/login?lang=${language}`);
      const popup = await openPopup(extension, page);
      await popup.getByRole('button', { name: message(catalog, 'popupAttach') }).click();
      await popup.getByRole('button', { name: message(catalog, 'attachScan') }).click();
      await expect(popup.getByText(message(catalog, 'scanNone'))).toBeVisible();
    });

    test('scan attaches from mailbox QR', async ({ extension, mailbox, page }) => {
      const walk: Walk = {
        page,
        mailbox: mailbox.url,
        language,
        username: 'alice@demo.test',
        password: DEMO_PASSWORD,
      };
      await logOn(walk);
      await expect(page).toHaveURL(/\/login\/attach/);

      const popup = await openPopup(extension, page);
      await popup.getByRole('button', { name: message(catalog, 'popupAttach') }).click();
      await popup.getByRole('button', { name: message(catalog, 'attachScan') }).click();
      const add = popup.getByRole('button', { name: message(catalog, 'attachAddFound') });
      await expect(add).toBeEnabled();
      await expectAccessible(popup);
      await add.click();

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'addedTitle') }),
      ).toBeVisible();
      const shown = (await popup.locator('.code').first().textContent()) ?? '';
      expect(shown).toMatch(/^\d{3} \d{3}$/);
      // The popup filled the first code into the attach form, as the in-page Add button does.
      await expect(page.locator('input[name="otp"]')).toHaveValue(/^\d{6}$/);
    });
  });
}
