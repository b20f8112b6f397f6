import { DEMO_PASSWORD } from '../../demo/seed';
import {
  attachFromQr,
  deleteAuthenticator,
  logOn,
  logOut,
  verifyWithFilledCode,
  type Language,
  type Walk,
} from '../../demo/walkthrough';
import { expect, openPopup, test } from './fixtures';

const LANGUAGES: Language[] = ['en', 'zh'];

for (const language of LANGUAGES) {
  // The in-page buttons are in the browser's language, and a user of the Chinese mailbox pages
  // is taken to run a Chinese browser.
  test.describe(() => {
    test.use({ locale: language === 'zh' ? 'zh-CN' : 'en-US' });
    test(`attach, log on and delete (${language})`, async ({ page, mailbox, extension }) => {
      const walk: Walk = {
        page,
        mailbox: mailbox.url,
        language,
        username: 'alice@demo.test',
        password: DEMO_PASSWORD,
      };

      await logOn(walk);
      await expect(page).toHaveURL(/\/login\/attach/);
      const attachCode = await attachFromQr(walk);
      expect(attachCode).toMatch(/^\d{6}$/);
      // The mailbox's server checked the code and now stores the authenticator.
      expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).not.toBeNull();

      // The popup lists the account with a live code, and no secret ever reached the page.
      const popup = await openPopup(extension, page);
      await expect(popup.getByText('alice@demo.test').first()).toBeVisible();
      await expect(popup.getByText(/^\d{3} \d{3}$/).first()).toBeVisible();
      const secret = mailbox.users.get('alice@demo.test')?.authenticatorSecret ?? '';
      expect(await page.content()).not.toContain(secret);
      await popup.close();

      await logOut(walk);
      await logOn(walk);
      await expect(page).toHaveURL(/\/login\/verify/);
      await verifyWithFilledCode(walk);

      await deleteAuthenticator(walk);
      expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBeNull();
    });
  });
}

test('wrong code is refused by the mailbox', async ({ page, mailbox }) => {
  const walk: Walk = {
    page,
    mailbox: mailbox.url,
    language: 'en',
    username: 'alice@demo.test',
    password: DEMO_PASSWORD,
  };
  await logOn(walk);
  await page.locator('input[name="otp"]').fill('000000');
  await page.getByRole('button', { name: 'Attach Now' }).click();
  await expect(page.getByRole('button', { name: 'Attach Now' })).toBeVisible();
  expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBeNull();
});
