import { DEMO_PASSWORD } from '../../demo/seed';
import { attachFromQr, logOn, logOut, type Walk } from '../../demo/walkthrough';
import { openPopup } from './fixtures';
import { LANGUAGES, expect, expectAccessible, message, openPopupPage, test } from './popup-helpers';

for (const { locale, catalog } of LANGUAGES) {
  const language = catalog === 'en' ? 'en' : 'zh';

  test.describe(`popup page status (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium and runs axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('non-mail page is explained', async ({ extension }) => {
      // Without a tab parameter the popup acts on the active tab, which is its own page here.
      const popup = await openPopupPage(extension);
      await expect(popup.locator('.status')).toHaveText(message(catalog, 'verdictNotMailOrigin'));
      await expectAccessible(popup);
    });

    test('SMS-only logon is explained', async ({ extension, mailbox, page }) => {
      const walk: Walk = {
        page,
        mailbox: mailbox.url,
        language,
        username: 'bob@demo.test',
        password: DEMO_PASSWORD,
      };
      await logOn(walk);
      const popup = await openPopup(extension, page);
      await expect(popup.locator('.status')).toHaveText(message(catalog, 'verdictSmsOnly'));
    });

    test('logon code page is ready', async ({ extension, mailbox, page }) => {
      const walk: Walk = {
        page,
        mailbox: mailbox.url,
        language,
        username: 'alice@demo.test',
        password: DEMO_PASSWORD,
      };
      await logOn(walk);
      await attachFromQr(walk);
      await logOut(walk);
      await logOn(walk);
      await expect(page).toHaveURL(/\/login\/verify/);

      const popup = await openPopup(extension, page);
      const host = new URL(mailbox.url).host;
      await expect(popup.locator('.status')).toHaveText(message(catalog, 'verdictReady', host));
      const row = popup.locator('li.account.match');
      await expect(row).toHaveCount(1);
      await expect(row.getByText(message(catalog, 'popupThisMailbox'))).toBeVisible();
      await expectAccessible(popup);

      // The fill button of the matching account is the primary one.
      const fill = row.locator('.actions button.primary');
      await expect(fill).toHaveText(message(catalog, 'popupFill'));
      await fill.click();
      await expect(popup.getByRole('status')).toHaveText(message(catalog, 'fillDone'));
      await expect(page.locator('input[name="otp"]')).toHaveValue(/^\d{6}$/);
    });
  });
}
