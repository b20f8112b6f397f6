/**
 * The product's main flow, driven as a user would drive it: log on without a secure phone,
 * attach the extension from the QR code, log out, log on with the filled code, delete the
 * authenticator. Used by `npm run demo` when there is no display, and by the end-to-end tests.
 * Each step throws with a plain message when the page does not show what it should.
 */
import { expect, type Page } from '@playwright/test';
import { clickInPageButton } from '../tests/e2e/inPage';

export type Language = 'en' | 'zh';

const WORDS = {
  en: {
    logIn: 'Log In',
    attachNow: 'Attach Now',
    attached: 'Attachment successful',
    add: 'Add',
    fillCode: 'Fill code',
    next: 'Next',
    delete: 'Delete',
    deleted: 'Authenticator deleted',
  },
  zh: {
    logIn: '登录',
    attachNow: '立即绑定',
    attached: '绑定成功',
    add: '添加',
    fillCode: '填入验证码',
    next: '下一步',
    delete: '删除',
    deleted: '身份验证器已删除',
  },
} as const;

export interface Walk {
  page: Page;
  mailbox: string;
  language: Language;
  username: string;
  password: string;
}

const codeField = (page: Page) => page.locator('input[name="otp"]');

/** Open the logon page in the chosen language and submit the username and password. */
export async function logOn(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.goto(`${walk.mailbox}/login?lang=${walk.language}`);
  await page.locator('#username').fill(walk.username);
  await page.locator('#password').fill(walk.password);
  await page.getByRole('button', { name: WORDS[walk.language].logIn, exact: true }).click();
}

/**
 * On the attach step, accept the extension's offer for the QR code; the extension fills the
 * first code, and the user presses Attach Now. Returns the code the page received.
 */
export async function attachFromQr(walk: Walk): Promise<string> {
  const { page } = walk;
  const words = WORDS[walk.language];
  await expect(page.getByRole('button', { name: words.attachNow })).toBeVisible();
  await clickInPageButton(page, words.add);
  await expect(codeField(page)).toHaveValue(/^\d{6}$/);
  const code = await codeField(page).inputValue();
  await page.getByRole('button', { name: words.attachNow }).click();
  await expect(page.getByText(words.attached, { exact: false }).first()).toBeVisible();
  return code;
}

/** Log out through the mailbox's own link. */
export async function logOut(walk: Walk): Promise<void> {
  await walk.page.goto(`${walk.mailbox}/logout`);
}

/** At the code step of a logon, press the extension's fill button, then Log In. */
export async function verifyWithFilledCode(walk: Walk): Promise<string> {
  const { page } = walk;
  const words = WORDS[walk.language];
  await expect(codeField(page)).toBeVisible();
  await clickInPageButton(page, words.fillCode);
  await expect(codeField(page)).toHaveValue(/^\d{6}$/);
  const code = await codeField(page).inputValue();
  await page.getByRole('button', { name: words.logIn, exact: true }).click();
  await expect(page).toHaveURL(/\/mail/);
  return code;
}

/** Delete the mailbox's authenticator: fill the current code, Next, then confirm. */
export async function deleteAuthenticator(walk: Walk): Promise<void> {
  const { page } = walk;
  const words = WORDS[walk.language];
  await page.goto(`${walk.mailbox}/settings/security/authenticator/delete`);
  await clickInPageButton(page, words.fillCode);
  await expect(codeField(page)).toHaveValue(/^\d{6}$/);
  await page.getByRole('button', { name: words.next }).click();
  await page.getByRole('button', { name: words.delete, exact: true }).click();
  await expect(page.getByText(words.deleted).first()).toBeVisible();
}
