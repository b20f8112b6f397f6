/**
 * "Set as trusted device" at the logon code step. The extension ticks it only when the
 * administrator allows it (allowTrustedDevice) and the user asked for it on the settings page
 * (trustDevice). A device marked as trusted skips the code step at the next logon.
 */
import type { Page } from '@playwright/test';
import type { Mailbox } from '../../demo/server';
import { logOn, logOut } from '../../demo/walkthrough';
import type { ExtensionBrowser } from './browser';
import { expect, test } from './fixtures';
import { clickInPageButton } from './inPage';
import { message, openOptionsPage } from './popup-helpers';
import { test as managedTest } from './rules-managed';
import { attachDirectly, sendFromExtensionPage, walkFor } from './rules-helpers';

const USERNAME = 'alice@demo.test';

/** Tick "Set as trusted device" on the settings page and wait until the worker has saved it. */
async function askToTrustDevice(extension: ExtensionBrowser): Promise<void> {
  const options = await openOptionsPage(extension, '#general');
  const toggle = options.getByLabel(message('en', 'trustedDeviceLabel'));
  await expect(toggle).toBeEnabled();
  // The box is controlled by the saved settings, so it shows the tick only once the worker saved it.
  await toggle.click();
  await expect
    .poll(async () => {
      const reply = await sendFromExtensionPage(extension, 'settings.get', null);
      return reply.ok && reply.value.settings.trustDevice;
    })
    .toBe(true);
  await expect(toggle).toBeChecked();
  await options.close();
}

/** Log on to the code step, let the extension fill the code, and return the trust checkbox. */
async function fillAtCodeStep(page: Page, mailbox: Mailbox) {
  await logOn(walkFor(page, mailbox, USERNAME));
  await expect(page).toHaveURL(/\/login\/verify/);
  await clickInPageButton(page, 'Fill code');
  await expect(page.locator('input[name="otp"]')).toHaveValue(/^\d{6}$/);
  return page.locator('#trust_device');
}

async function trustedCookies(page: Page): Promise<string[]> {
  const cookies = await page.context().cookies();
  return cookies.filter((cookie) => cookie.name === 'demo_trusted').map((cookie) => cookie.name);
}

test('trust box left alone by default', async ({ page, mailbox, extension }) => {
  await attachDirectly(extension, mailbox, USERNAME);

  const trustBox = await fillAtCodeStep(page, mailbox);
  await expect(trustBox).not.toBeChecked();
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await expect(page).toHaveURL(/\/mail$/);

  expect(mailbox.logons(USERNAME)[0]?.trustedDevice).toBe(false);
  expect(await trustedCookies(page)).toEqual([]);
  await logOut(walkFor(page, mailbox, USERNAME));
  await logOn(walkFor(page, mailbox, USERNAME));
  await expect(page).toHaveURL(/\/login\/verify/);
});

test('trust box ticked when asked', async ({ page, mailbox, extension }) => {
  await attachDirectly(extension, mailbox, USERNAME);
  await askToTrustDevice(extension);

  const trustBox = await fillAtCodeStep(page, mailbox);
  await expect(trustBox).toBeChecked();
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await expect(page).toHaveURL(/\/mail$/);

  expect(mailbox.logons(USERNAME)[0]?.trustedDevice).toBe(true);
  expect(await trustedCookies(page)).toEqual(['demo_trusted']);

  // The next logon from this browser skips the code step.
  await logOut(walkFor(page, mailbox, USERNAME));
  await logOn(walkFor(page, mailbox, USERNAME));
  await expect(page).toHaveURL(/\/mail$/);
  expect(mailbox.logons(USERNAME)[0]?.skipReason).toBe('trusted device');
});

managedTest('trust box left when policy forbids', async ({ mailbox, managed }) => {
  // A browser start, a policy reload, the settings page and a full logon take longer than most.
  managedTest.slow();
  const extension = await managed.start();
  const page = await extension.context.newPage();
  await attachDirectly(extension, mailbox, USERNAME);
  // The user asked before the administrator forbade it, so only the policy can stop the tick.
  await askToTrustDevice(extension);

  managed.setPolicy({ allowTrustedDevice: false });
  await managed.reloadPolicies();
  await expect
    .poll(async () => {
      const reply = await sendFromExtensionPage(extension, 'settings.get', null);
      return reply.ok && reply.value.settings.allowTrustedDevice;
    })
    .toBe(false);
  const options = await openOptionsPage(extension, '#general');
  await expect(options.getByLabel(message('en', 'trustedDeviceLabel'))).toBeDisabled();
  await expect(options.getByText(message('en', 'trustedDeviceForbidden'))).toBeVisible();
  await options.close();

  const trustBox = await fillAtCodeStep(page, mailbox);
  await expect(trustBox).not.toBeChecked();
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await expect(page).toHaveURL(/\/mail$/);

  expect(mailbox.logons(USERNAME)[0]?.trustedDevice).toBe(false);
  expect(await trustedCookies(page)).toEqual([]);
  await logOut(walkFor(page, mailbox, USERNAME));
  await logOn(walkFor(page, mailbox, USERNAME));
  await expect(page).toHaveURL(/\/login\/verify/);
});
