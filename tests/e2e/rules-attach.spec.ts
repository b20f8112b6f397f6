/**
 * Attaching the authenticator. A member in scope without a secure phone attaches it during
 * logon (Method 1); one with a secure phone logs on by SMS and attaches it later under Settings >
 * Account and Security > Account Security (Method 2). After attaching, the extension shows the
 * first verification code and prompts the user to back up. A malformed QR code gets the mail
 * system's own message.
 */
import type { Page } from '@playwright/test';
import QRCode from 'qrcode';
import { logOn, logOut, verifyWithFilledCode } from '../../demo/walkthrough';
import type { ExtensionBrowser } from './browser';
import { expect, test } from './fixtures';
import { clickInPageButton, inPageTexts } from './inPage';
import { sendFromExtensionPage, settledInPageButtons, typeSmsCode, walkFor } from './rules-helpers';

/** The mail system's message for a QR code that is not a valid key. */
const INVALID_QR = 'Invalid QR code format. Please retry.';

/** Panel text after Add: the first code, grouped 123 456, and the request to back up. */
const ADDED = /Your first code is (\d{3} \d{3})\. Back up your accounts now/;

async function storedLabels(extension: ExtensionBrowser): Promise<string[]> {
  const reply = await sendFromExtensionPage(extension, 'accounts.list', null);
  if (!reply.ok) throw new Error(`accounts.list failed: ${reply.message}`);
  return reply.value.accounts.map((account) => `${account.label} ${account.origin ?? ''}`);
}

/** Return the extension's panel text that matches, once it appears. */
async function panelText(page: Page, pattern: RegExp | string): Promise<string> {
  const matches = async () =>
    (await inPageTexts(page)).filter((text) =>
      typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text),
    );
  await expect.poll(async () => (await matches()).length).toBeGreaterThan(0);
  return (await matches())[0] ?? '';
}

/**
 * On an attach page, accept the extension's offer and press Attach Now. Returns the code the
 * extension filled and the panel text it showed, read before the page moves on.
 */
async function attachAndReadPanel(page: Page): Promise<{ code: string; panel: string }> {
  const attachNow = page.getByRole('button', { name: 'Attach Now' });
  await expect(attachNow).toBeVisible();
  await clickInPageButton(page, 'Add');
  const otpField = page.locator('input[name="otp"]');
  await expect(otpField).toHaveValue(/^\d{6}$/);
  const panel = await panelText(page, ADDED);
  const code = await otpField.inputValue();
  await attachNow.click();
  await expect(page.getByText('Attachment successful').first()).toBeVisible();
  return { code, panel };
}

test('Method 1: attach during logon', async ({ page, mailbox, extension }) => {
  const username = 'alice@demo.test';
  const walk = walkFor(page, mailbox, username);
  await logOn(walk);
  await expect(page).toHaveURL(/\/login\/attach/);

  const { code, panel } = await attachAndReadPanel(page);
  expect(ADDED.exec(panel)?.[1]?.replace(' ', '')).toBe(code);

  expect(mailbox.users.get(username)?.authenticatorSecret).toMatch(/^[A-Z2-7]{32}$/);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('attach');
  expect(await storedLabels(extension)).toEqual([`${username} ${mailbox.url}`]);

  await logOut(walk);
  await logOn(walk);
  await verifyWithFilledCode(walk);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('app');
});

test('Method 2: attach in settings', async ({ page, mailbox, extension }) => {
  const username = 'bob@demo.test';
  const walk = walkFor(page, mailbox, username);
  await logOn(walk);
  // A secure phone and no authenticator: the code step takes an SMS code, typed by the user.
  await expect(page.locator('input[name="sms_code"]')).toBeVisible();
  expect(await settledInPageButtons(page)).toEqual([]);
  await typeSmsCode(page, mailbox, username);
  await page.getByRole('button', { name: 'Log In', exact: true }).click();
  await expect(page).toHaveURL(/\/mail$/);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('sms');

  await page.goto(`${mailbox.url}/settings/security`);
  await page.getByRole('link', { name: 'Attach Authenticator' }).click();
  const { code, panel } = await attachAndReadPanel(page);
  expect(ADDED.exec(panel)?.[1]?.replace(' ', '')).toBe(code);
  await expect(page.getByRole('link', { name: 'Back to Account Security' })).toBeVisible();

  expect(mailbox.users.get(username)?.authenticatorSecret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await storedLabels(extension)).toEqual([`${username} ${mailbox.url}`]);

  // From now on the app policy requires the authenticator code of this member, which is filled.
  await logOut(walk);
  await logOn(walk);
  await verifyWithFilledCode(walk);
  expect(mailbox.logons(username)[0]?.secondFactor).toBe('app');
  expect(mailbox.smsOutbox(username)).toHaveLength(1);
});

test('no phone under SMS-only policy', async ({ page, mailbox, extension }) => {
  mailbox.admin.methods = 'sms';
  await logOn(walkFor(page, mailbox, 'alice@demo.test'));

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('alert')).toContainText('administrator');
  expect(mailbox.logons('alice@demo.test')).toEqual([]);
  expect(await settledInPageButtons(page)).toEqual([]);
  expect(await storedLabels(extension)).toEqual([]);
});

const MALFORMED: [name: string, text: string][] = [
  ['secret not base32', 'otpauth://totp/Demo%20Mail:alice%40demo.test?secret=not*base32!'],
  ['digits not a number', 'otpauth://totp/Demo%20Mail:alice%40demo.test?secret=JBSWY3DP&digits=x'],
  ['no secret', 'otpauth://totp/Demo%20Mail:alice%40demo.test?issuer=Demo%20Mail'],
];

for (const [name, text] of MALFORMED) {
  test(`malformed QR: ${name}`, async ({ page, mailbox, extension }) => {
    const png = await QRCode.toBuffer(text, { margin: 2, width: 240 });
    await page.route('**/qr/attach.png?*', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: png }),
    );
    await logOn(walkFor(page, mailbox, 'alice@demo.test'));
    await expect(page).toHaveURL(/\/login\/attach/);

    const message = await panelText(page, INVALID_QR);
    expect(message.startsWith(INVALID_QR)).toBe(true);
    expect(await settledInPageButtons(page)).not.toContain('Add');
    await expect(page.locator('input[name="otp"]')).toHaveValue('');
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBeNull();
    expect(await storedLabels(extension)).toEqual([]);
  });
}
