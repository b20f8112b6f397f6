/**
 * The content script with the real worker: the demo build of the extension in Chromium, on the
 * fixture pages served from 127.0.0.1, which the demo build treats as a mail origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { TOTP } from 'otpauth';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { KEY_URI, qrFiles } from './content-harness';
import { clickInPageButton, inPageTexts } from './inPage';
import { startPageServer, type PageServer } from './pageServer';

// Other suites clean test-results while these run; traces would collide with that.
test.use({ trace: 'off' });

let server: PageServer;
let extension: ExtensionBrowser;
let page: Page;

test.beforeAll(async () => {
  server = await startPageServer(await qrFiles());
});
test.afterAll(async () => {
  await server.close();
});
test.beforeEach(async () => {
  extension = await launchWithExtension();
  page = await extension.context.newPage();
});
test.afterEach(async () => {
  await extension.close();
});

const panelTexts = async () => (await inPageTexts(page)).join('\n');

/** Codes of the fixture key around now, so that a step boundary during the test does not fail it. */
function currentCodes(): string[] {
  const secret = new URL(KEY_URI).searchParams.get('secret') ?? '';
  const generator = new TOTP({ secret });
  const now = Date.now();
  return [-30_000, 0, 30_000].map((offset) => generator.generate({ timestamp: now + offset }));
}

/** Every frame report the worker holds, of every tab. */
function frameReports(browser: ExtensionBrowser): Promise<unknown[]> {
  return browser.worker.evaluate(async () => {
    const stored = await chrome.storage.session.get(null);
    return Object.entries(stored)
      .filter(([key]) => key.startsWith('frames.'))
      .flatMap(([, value]) => value as unknown[]);
  });
}

async function attachFixtureKey(): Promise<void> {
  await page.goto(`${server.url}/attach-en.html`);
  await clickInPageButton(page, 'Add');
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
}

test('attach offer fills real code', async () => {
  await page.goto(`${server.url}/attach-en.html`);
  await expect.poll(panelTexts).toContain('Add to Mail Authenticator: Demo Mail (alice@demo.test)');
  expect(await page.locator('mail-authenticator-ui').count()).toBe(1);
  await clickInPageButton(page, 'Add');
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  expect(currentCodes()).toContain(await page.locator('#otp').inputValue());
  await expect.poll(panelTexts).toContain('Settings > Backup');
});

test('fill button after attaching', async () => {
  await attachFixtureKey();
  await page.goto(`${server.url}/logon-en.html`);
  await clickInPageButton(page, 'Fill code');
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  expect(currentCodes()).toContain(await page.locator('#otp').inputValue());
  for (const decoy of ['#sms_code', '#captcha', '[name=q]', '#password']) {
    expect(await page.locator(decoy).inputValue(), decoy).toBe('');
  }
});

test('malformed QR shows the message', async () => {
  await page.goto(`${server.url}/qr-malformed.html`);
  // The worker explains what is wrong in more detail than the mail system's own message.
  await expect.poll(panelTexts).toMatch(/base32|Invalid QR code/);
  expect(await panelTexts()).not.toContain('Add to Mail Authenticator');
});

test('no fill button in foreign frame', async () => {
  await attachFixtureKey();
  await page.goto(`${server.url}/iframe-cross.html`);
  const frame = page.frameLocator('#mail');
  await expect(frame.locator('#otp')).toBeVisible();
  // The frame reported its code field, so the script ran there and the missing button means
  // that the cross-origin check held.
  await expect
    .poll(() => frameReports(extension))
    .toContainEqual(
      expect.objectContaining({
        origin: expect.stringContaining('localhost'),
        report: expect.objectContaining({ codeFields: 1 }),
      }),
    );
  expect(await panelTexts()).toBe('');
  const inner = page.frames().find((candidate) => candidate.url().includes('localhost'));
  expect(await inner?.locator('mail-authenticator-ui').count()).toBe(0);
});
