/**
 * The demo mailbox's attach, logon and delete flow in Firefox, step by step as a user takes it.
 * It mirrors demo/walkthrough.ts, which drives Chromium through Playwright, in English only,
 * because Chinese needs the firefox-esr-l10n-zh-cn package, which the test machine may lack.
 * Each step throws with a plain message when the page does not show what it should.
 */
import type { Browser, Page } from 'puppeteer-core';
import { clickInPageButton } from './inPage';

const WAIT_MS = 15_000;

export interface FirefoxWalk {
  browser: Browser;
  page: Page;
  /** Base URL of the demo mailbox, such as http://127.0.0.1:8025. */
  mailbox: string;
  username: string;
  password: string;
}

/** Click the page's own button with exactly this text and wait for the page it loads. */
export async function submitWith(page: Page, label: string): Promise<void> {
  const hasButton = (text: string) =>
    Array.from(document.querySelectorAll('button')).some(
      (candidate) => candidate.textContent.trim() === text,
    );
  await page.waitForFunction(hasButton, { timeout: WAIT_MS }, label);
  for (const button of await page.$$('button')) {
    const text = await button.evaluate((element) => element.textContent.trim());
    if (text !== label) continue;
    await Promise.all([page.waitForNavigation({ timeout: WAIT_MS }), button.click()]);
    return;
  }
  throw new Error(`The page has no button "${label}".`);
}

/** Wait until the page's visible text contains the text. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted: string) => document.body.innerText.includes(wanted),
    { timeout: WAIT_MS },
    text,
  );
}

/** Wait until the code field contains six digits, as filled by the extension, and return them. */
export async function waitForFilledCode(page: Page): Promise<string> {
  const field = 'input[name="otp"]';
  await page.waitForFunction(
    (selector: string) =>
      /^\d{6}$/.test(document.querySelector<HTMLInputElement>(selector)?.value ?? ''),
    { timeout: WAIT_MS },
    field,
  );
  return page.$eval(field, (input) => input.value);
}

/** Open the logon page in English and submit the username and password. */
export async function logOn(walk: FirefoxWalk): Promise<void> {
  const { page } = walk;
  await page.goto(`${walk.mailbox}/login?lang=en`);
  await page.type('#username', walk.username);
  await page.type('#password', walk.password);
  await submitWith(page, 'Log In');
}

/** On the attach step, accept the extension's offer, then press Attach Now; returns the code. */
export async function attachFromQr(walk: FirefoxWalk): Promise<string> {
  const { browser, page } = walk;
  await clickInPageButton(browser, page, 'Add');
  const code = await waitForFilledCode(page);
  await submitWith(page, 'Attach Now');
  await waitForText(page, 'Attachment successful');
  return code;
}

/** Log out through the mailbox's own link. */
export async function logOut(walk: FirefoxWalk): Promise<void> {
  await walk.page.goto(`${walk.mailbox}/logout`);
}

/** At the code step of a logon, press the extension's fill button, then Log In. */
export async function verifyWithFilledCode(walk: FirefoxWalk): Promise<string> {
  const { browser, page } = walk;
  await clickInPageButton(browser, page, 'Fill code');
  const code = await waitForFilledCode(page);
  await submitWith(page, 'Log In');
  return code;
}

/** Delete the mailbox's authenticator: fill the current code, Next, then confirm. */
export async function deleteAuthenticator(walk: FirefoxWalk): Promise<void> {
  const { browser, page } = walk;
  await page.goto(`${walk.mailbox}/settings/security/authenticator/delete`);
  await clickInPageButton(browser, page, 'Fill code');
  await waitForFilledCode(page);
  await submitWith(page, 'Next');
  await submitWith(page, 'Delete');
  await waitForText(page, 'Authenticator deleted');
}
