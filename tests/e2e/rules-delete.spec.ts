/**
 * Delete Authenticator needs a current code, and the extension fills that page as it fills a
 * logon: the same fill button and the same account.
 */
import { TOTP } from 'otpauth';
import { deleteAuthenticator, logOn, verifyWithFilledCode } from '../../demo/walkthrough';
import { expect, test } from './fixtures';
import { clickInPageButton } from './inPage';
import {
  attachDirectly,
  expectVerdict,
  RULES_SECRET,
  settledInPageButtons,
  walkFor,
} from './rules-helpers';

const USERNAME = 'alice@demo.test';
const DELETE_PATH = '/settings/security/authenticator/delete';

test('delete page filled like logon', async ({ page, mailbox, extension }) => {
  const walk = walkFor(page, mailbox, USERNAME);
  await attachDirectly(extension, mailbox, USERNAME);
  await logOn(walk);
  await verifyWithFilledCode(walk);

  await page.goto(`${mailbox.url}${DELETE_PATH}`);
  expect(await settledInPageButtons(page)).toEqual(['Fill code']);
  const popup = await expectVerdict(extension, page, 'verdictReady', new URL(mailbox.url).host);
  await popup.close();

  await deleteAuthenticator(walk);
  expect(mailbox.users.get(USERNAME)?.authenticatorSecret).toBeNull();
  await expect(page.getByText('Authenticator deleted').first()).toBeVisible();
});

test('delete page rejects stale code', async ({ page, mailbox, extension }) => {
  const walk = walkFor(page, mailbox, USERNAME);
  await attachDirectly(extension, mailbox, USERNAME);
  await logOn(walk);
  await verifyWithFilledCode(walk);
  await page.goto(`${mailbox.url}${DELETE_PATH}`);
  const otpField = page.locator('input[name="otp"]');

  // A code from five minutes ago is outside the one step of drift that the mailbox allows.
  const stale = new TOTP({ secret: RULES_SECRET }).generate({ timestamp: Date.now() - 300_000 });
  await otpField.fill(stale);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(mailbox.users.get(USERNAME)?.authenticatorSecret).toBe(RULES_SECRET);

  await otpField.fill('');
  await clickInPageButton(page, 'Fill code');
  await expect(otpField).toHaveValue(/^\d{6}$/);
  expect(await otpField.inputValue()).not.toBe(stale);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Authenticator deleted').first()).toBeVisible();
  expect(mailbox.users.get(USERNAME)?.authenticatorSecret).toBeNull();
});
