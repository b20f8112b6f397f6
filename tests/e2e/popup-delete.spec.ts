import { DEMO_PASSWORD } from '../../demo/seed';
import { attachFromQr, logOn, type Walk } from '../../demo/walkthrough';
import { openPopup } from './fixtures';
import {
  LANGUAGES,
  SECRETS,
  addByPaste,
  expect,
  expectAccessible,
  keyUri,
  message,
  openPopupPage,
  test,
} from './popup-helpers';

for (const { locale, catalog } of LANGUAGES) {
  const language = catalog === 'en' ? 'en' : 'zh';

  test.describe(`popup delete (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium and runs axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('delete asks, explains, removes', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('erin@demo.test', SECRETS[4]));
      const name = 'Demo Mail (erin@demo.test)';
      await popup.getByRole('button', { name: message(catalog, 'popupDeleteFor', name) }).click();

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'deleteTitle', name) }),
      ).toBeVisible();
      await expect(popup.getByText(message(catalog, 'deleteExplain'))).toBeVisible();
      await expect(popup.getByText(message(catalog, 'deleteNoOrigin'))).toBeVisible();
      await expectAccessible(popup);

      await popup.getByRole('button', { name: message(catalog, 'cancel') }).click();
      await expect(popup.getByRole('listitem', { name })).toBeVisible();

      await popup.getByRole('button', { name: message(catalog, 'popupDeleteFor', name) }).click();
      await popup.getByRole('button', { name: message(catalog, 'deleteConfirm') }).click();
      await expect(popup.getByText(message(catalog, 'popupNoAccounts'))).toBeVisible();
    });

    test('delete offers mailbox page', async ({ extension, mailbox, page }) => {
      const walk: Walk = {
        page,
        mailbox: mailbox.url,
        language,
        username: 'alice@demo.test',
        password: DEMO_PASSWORD,
      };
      await logOn(walk);
      await attachFromQr(walk);
      const popup = await openPopup(extension, page);
      // The delete button is named after its account, whose label the mailbox chose.
      await popup.locator('li.account').first().locator('.actions button.link').click();

      const host = new URL(mailbox.url).host;
      const open = popup.getByRole('button', { name: message(catalog, 'deleteOpenMailbox', host) });
      const opened = extension.context.waitForEvent('page');
      await open.click();
      const mailboxTab = await opened;
      await mailboxTab.waitForLoadState();
      expect(mailboxTab.url()).toContain(`${mailbox.url}/settings/security/authenticator/delete`);
    });
  });
}
