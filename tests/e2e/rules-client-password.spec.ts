/**
 * The client security password page. IMAP, POP and SMTP clients never take a code; they use a
 * password that the page generates after a verification step and shows once. The extension
 * fills neither the verification code nor the password there, and leaves the SMS step to the
 * user, whose typed code is what the mailbox accepts.
 */
import type { Page } from '@playwright/test';
import { TOTP } from 'otpauth';
import type { Mailbox } from '../../demo/server';
import { DEMO_PASSWORD } from '../../demo/seed';
import { logOn } from '../../demo/walkthrough';
import type { ExtensionBrowser } from './browser';
import { expect, tabIdOf, test } from './fixtures';
import {
  attachDirectly,
  expectVerdict,
  RULES_SECRET,
  sendFromExtensionPage,
  settledInPageButtons,
  typeSmsCode,
  walkFor,
} from './rules-helpers';

const NOT_FILLED =
  'Mail Authenticator does not fill the client security password page. Type the code yourself.';

/** Sign the member in without a code step and open the client security password page. */
async function openClientPasswordPage(page: Page, mailbox: Mailbox, username: string) {
  mailbox.admin.exceptions.push(username);
  await logOn(walkFor(page, mailbox, username));
  await expect(page).toHaveURL(/\/mail$/);
  await page.goto(`${mailbox.url}/settings/security/client-password`);
}

/** Ask the worker to fill the tab, as the popup, the shortcut and the context menu do. */
async function requestFill(extension: ExtensionBrowser, page: Page) {
  const tabId = await tabIdOf(extension, page);
  return sendFromExtensionPage(extension, 'page.fill', { tabId });
}

async function generateAndRead(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Generate password' }).click();
  const password = page.locator('#client-password');
  await expect(password).toHaveText(/^[A-Za-z0-9]{16}$/);
  return (await password.textContent()) ?? '';
}

test('client password: SMS left to user', async ({ page, mailbox, extension }) => {
  const username = 'bob@demo.test';
  await attachDirectly(extension, mailbox, username);
  mailbox.admin.forceClientPassword = true;
  await openClientPasswordPage(page, mailbox, username);
  const smsField = page.locator('input[name="sms_code"]');
  await expect(smsField).toBeVisible();

  expect(await settledInPageButtons(page)).toEqual([]);
  await expectVerdict(extension, page, 'verdictClientPassword');
  expect(await requestFill(extension, page)).toMatchObject({ ok: true, value: { filled: false } });
  await expect(smsField).toHaveValue('');
  expect(mailbox.smsOutbox(username)).toEqual([]);

  await typeSmsCode(page, mailbox, username);
  const password = await generateAndRead(page);
  expect(mailbox.checkClientLogon(username, password)).toBe(true);
  expect(mailbox.checkClientLogon(username, DEMO_PASSWORD)).toBe(false);
});

test('client password: app code not filled', async ({ page, mailbox, extension }) => {
  const username = 'alice@demo.test';
  await attachDirectly(extension, mailbox, username);
  await openClientPasswordPage(page, mailbox, username);
  const otpField = page.locator('input[name="otp"]');
  await expect(otpField).toBeVisible();

  expect(await settledInPageButtons(page)).toEqual([]);
  await expectVerdict(extension, page, 'verdictClientPassword');
  expect(await requestFill(extension, page)).toEqual({
    ok: true,
    value: { filled: false, reason: NOT_FILLED },
  });
  await expect(otpField).toHaveValue('');

  // The user types the code; the mailbox checks it and shows the password once.
  await otpField.fill(new TOTP({ secret: RULES_SECRET }).generate());
  const password = await generateAndRead(page);
  expect(mailbox.checkClientLogon(username, password)).toBe(true);
  await page.goto(`${mailbox.url}/settings/security/client-password`);
  await expect(page.locator('#client-password')).toHaveCount(0);
  await expect(page.getByText(password)).toHaveCount(0);
});
