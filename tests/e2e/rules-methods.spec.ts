/**
 * The administrator's methods at the code step: SMS only, authenticator only, and both. The
 * extension fills only the authenticator code, picks the authenticator when both are offered,
 * and leaves an SMS code to the user.
 */
import type { Page } from '@playwright/test';
import { TOTP } from 'otpauth';
import { logOn } from '../../demo/walkthrough';
import { clickInPageButton } from './inPage';
import { expect, test } from './fixtures';
import { message } from './popup-helpers';
import {
  attachDirectly,
  expectVerdict,
  RULES_SECRET,
  settledInPageButtons,
  typeSmsCode,
  walkFor,
} from './rules-helpers';

const otpField = (page: Page) => page.locator('input[name="otp"]');
const smsField = (page: Page) => page.locator('input[name="sms_code"]');
const logInButton = (page: Page) => page.getByRole('button', { name: 'Log In', exact: true });

/** Codes of RULES_SECRET for the previous, current and next time step. */
function acceptableCodes(now = Date.now()): string[] {
  const totp = new TOTP({ secret: RULES_SECRET, digits: 6, period: 30 });
  return [-30_000, 0, 30_000].map((offset) => totp.generate({ timestamp: now + offset }));
}

test('SMS only: nothing filled', async ({ page, mailbox, extension }) => {
  const username = 'bob@demo.test';
  await attachDirectly(extension, mailbox, username);
  mailbox.admin.methods = 'sms';

  await logOn(walkFor(page, mailbox, username));
  await expect(page).toHaveURL(/\/login\/verify/);
  await expect(smsField(page)).toBeVisible();
  await expect(otpField(page)).toHaveCount(0);

  expect(await settledInPageButtons(page)).toEqual([]);
  await expect(smsField(page)).toHaveValue('');
  const popup = await expectVerdict(extension, page, 'verdictSmsOnly');
  await expect(popup.getByText(message('en', 'popupFill'), { exact: true })).toHaveCount(0);
  await popup.close();
  // The extension never presses "Send code": only the user asks for an SMS.
  expect(mailbox.smsOutbox(username)).toEqual([]);

  await typeSmsCode(page, mailbox, username);
  await logInButton(page).click();
  await expect(page).toHaveURL(/\/mail$/);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('sms');
});

test('authenticator only: code filled', async ({ page, mailbox, extension }) => {
  const username = 'alice@demo.test';
  await attachDirectly(extension, mailbox, username);
  mailbox.admin.methods = 'app';

  await logOn(walkFor(page, mailbox, username));
  await expect(page).toHaveURL(/\/login\/verify/);
  await expect(smsField(page)).toHaveCount(0);
  const popup = await expectVerdict(extension, page, 'verdictReady', new URL(mailbox.url).host);
  await popup.close();

  await clickInPageButton(page, 'Fill code');
  await expect(otpField(page)).toHaveValue(/^\d{6}$/);
  expect(acceptableCodes()).toContain(await otpField(page).inputValue());
  await logInButton(page).click();

  await expect(page).toHaveURL(/\/mail$/);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('app');
  expect(mailbox.smsOutbox(username)).toEqual([]);
});

test('both methods: authenticator by default', async ({ page, mailbox, extension }) => {
  const username = 'bob@demo.test';
  await attachDirectly(extension, mailbox, username);
  mailbox.admin.methods = 'both';

  await logOn(walkFor(page, mailbox, username));
  await expect(page.getByRole('link', { name: 'Secure phone' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Authenticator App' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await clickInPageButton(page, 'Fill code');
  await expect(otpField(page)).toHaveValue(/^\d{6}$/);
  await logInButton(page).click();

  await expect(page).toHaveURL(/\/mail$/);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('app');
  expect(mailbox.smsOutbox(username)).toEqual([]);
});

test('both methods: switches from SMS', async ({ page, mailbox, extension }) => {
  const username = 'bob@demo.test';
  await attachDirectly(extension, mailbox, username);
  mailbox.admin.methods = 'both';

  await logOn(walkFor(page, mailbox, username));
  await page.getByRole('link', { name: 'Secure phone' }).click();
  await expect(smsField(page)).toBeVisible();

  // The page can still take an authenticator code after its method switch, so it is ready.
  const popup = await expectVerdict(extension, page, 'verdictReady', new URL(mailbox.url).host);
  await popup.locator('li.account.match .actions button.primary').click();

  await expect(page.getByRole('link', { name: 'Authenticator App' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(otpField(page)).toHaveValue(/^\d{6}$/);
  await logInButton(page).click();

  await expect(page).toHaveURL(/\/mail$/);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('app');
  expect(mailbox.smsOutbox(username)).toEqual([]);
});
