import {
  LANGUAGES,
  SECRETS,
  addByPaste,
  expect,
  expectAccessible,
  keyUri,
  message,
  nearbyCodes,
  openPopupPage,
  pasteText,
  test,
} from './popup-helpers';

for (const { locale, catalog } of LANGUAGES) {
  test.describe(`popup accounts (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium and runs axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('empty list explains attaching', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await expect(popup.getByText(message(catalog, 'popupNoAccounts'))).toBeVisible();
      await expect(popup.locator('html')).toHaveAttribute('lang', message(catalog, 'languageCode'));
      await expectAccessible(popup);
    });

    test('pasted key URI shows code', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await pasteText(popup, keyUri('alice@demo.test', SECRETS[0]));

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'addedTitle') }),
      ).toBeVisible();
      const firstCode = await popup.locator('.code').first().textContent();
      expect(nearbyCodes(SECRETS[0])).toContain(firstCode);
      await expect(
        popup.getByRole('button', { name: message(catalog, 'addedBackupButton') }),
      ).toBeVisible();
      await expectAccessible(popup);

      await popup.getByRole('button', { name: message(catalog, 'addedDone') }).click();
      const row = popup.getByRole('listitem', { name: 'Demo Mail (alice@demo.test)' });
      await expect(row).toBeVisible();
      const listedCode = await row.locator('.code').textContent();
      expect(nearbyCodes(SECRETS[0])).toContain(listedCode);
      await expect(row.locator('svg.countdown')).toHaveAttribute('aria-hidden', 'true');
      await expect(popup.getByRole('searchbox')).toHaveCount(0);
    });

    test('search appears past five accounts', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      for (let index = 0; index < 6; index += 1) {
        await addByPaste(
          popup,
          catalog,
          keyUri(`user${index}@demo.test`, SECRETS[index] ?? SECRETS[0]),
        );
      }
      const search = popup.getByRole('searchbox', { name: message(catalog, 'popupSearch') });
      await expect(search).toBeVisible();
      await expect(popup.locator('li.account')).toHaveCount(6);

      await search.fill('user3');
      await expect(popup.locator('li.account')).toHaveCount(1);
      await expect(
        popup.getByRole('listitem', { name: 'Demo Mail (user3@demo.test)' }),
      ).toBeVisible();

      await search.fill('nobody');
      await expect(popup.getByText(message(catalog, 'popupNoMatch'))).toBeVisible();
      await search.fill('');
      await expectAccessible(popup);
    });

    test('copy puts code on clipboard', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('bob@demo.test', SECRETS[1]));

      const name = 'Demo Mail (bob@demo.test)';
      await popup.getByRole('button', { name: message(catalog, 'popupCopyFor', name) }).click();
      await expect(popup.getByRole('status')).toHaveText(message(catalog, 'copyDoneClears', '30'));

      // Reading the clipboard needs a permission that extension origins cannot be granted in
      // Playwright, so the code is pasted into a field the way a user would.
      await popup.getByRole('button', { name: message(catalog, 'popupAttach') }).click();
      const field = popup.getByLabel(message(catalog, 'attachUri'), { exact: true });
      await field.focus();
      await popup.keyboard.press('ControlOrMeta+V');
      const pasted = await field.inputValue();
      expect(nearbyCodes(SECRETS[1]).map((code) => code.replace(' ', ''))).toContain(pasted);
    });

    test('keyboard reaches every row button', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('carol@demo.test', SECRETS[2]));
      const name = 'Demo Mail (carol@demo.test)';
      const copy = popup.getByRole('button', { name: message(catalog, 'popupCopyFor', name) });
      const remove = popup.getByRole('button', { name: message(catalog, 'popupDeleteFor', name) });

      await popup.keyboard.press('Tab');
      for (
        let presses = 0;
        presses < 10 && !(await copy.evaluate((node) => node === document.activeElement));
        presses += 1
      ) {
        await popup.keyboard.press('Tab');
      }
      await expect(copy).toBeFocused();
      await popup.keyboard.press('Tab');
      await expect(remove).toBeFocused();
      await popup.keyboard.press('Enter');
      await expect(
        popup.getByRole('heading', { name: message(catalog, 'deleteTitle', name) }),
      ).toBeFocused();
    });
  });
}
