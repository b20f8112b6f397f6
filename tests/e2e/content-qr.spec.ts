import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  INVALID_QR,
  installStub,
  launchChromium,
  openFixture,
  qrFiles,
  sent,
  type StubWorker,
} from './content-harness';
import { clickInPageButton, inPageTexts } from './inPage';
import { startPageServer, type PageServer } from './pageServer';

// Other suites clean test-results while these run; traces would collide with that.
test.use({ trace: 'off' });

let server: PageServer;
let browser: Browser;
let page: Page;
let stub: StubWorker;

test.beforeAll(async () => {
  server = await startPageServer(await qrFiles());
  browser = await launchChromium();
});
test.afterAll(async () => {
  await browser.close();
  await server.close();
});
test.beforeEach(async () => {
  page = await browser.newPage();
  stub = await installStub(page, { code: '654321' });
});
test.afterEach(async () => {
  await page.close();
});

const OFFER = 'Add to Mail Authenticator: Demo Mail (alice@demo.test)';
const submitted = () =>
  page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted);
const panelTexts = async () => (await inPageTexts(page)).join('\n');

test('only the key QR is offered', async () => {
  await openFixture(page, `${server.url}/attach-en.html`);
  await expect.poll(() => sent(stub, 'content.qr').length).toBe(2);
  await expect.poll(panelTexts).toContain(OFFER);
  expect(await page.locator('mail-authenticator-ui').count()).toBe(1);
});

test('Add fills the first code', async () => {
  await openFixture(page, `${server.url}/attach-en.html`);
  await clickInPageButton(page, 'Add');
  await expect(page.locator('#otp')).toHaveValue('654321');
  expect(sent(stub, 'content.attach')).toEqual([{ offerId: 'offer-1' }]);
  await expect.poll(panelTexts).toContain('Your first code is 654 321');
  expect(await panelTexts()).toContain('Settings > Backup');
  expect(await submitted()).toEqual([]);
});

test('Add submits when asked', async () => {
  stub.options.submit = true;
  await openFixture(page, `${server.url}/attach-en.html`);
  await clickInPageButton(page, 'Add');
  await expect.poll(submitted).toEqual([{ otp: '654321' }]);
  await expect.poll(panelTexts).toContain('Attached. Your first code is 654 321');
});

test('Chinese browser gets Chinese offer', async () => {
  await page.close();
  page = await browser.newPage();
  stub = await installStub(page, { code: '654321', locale: 'zh_CN' });
  await openFixture(page, `${server.url}/attach-zh.html`);
  await expect.poll(panelTexts).toContain('添加到邮箱身份验证器：演示邮箱 (zhang@demo.test)');
  await clickInPageButton(page, '添加');
  await expect(page.locator('#otp')).toHaveValue('654321');
  expect(sent(stub, 'content.report')).toContainEqual(expect.objectContaining({ page: 'attach' }));
});

test('non-key QR is never offered', async () => {
  await openFixture(page, `${server.url}/qr-nonkey.html`);
  await expect.poll(() => sent(stub, 'content.qr').length).toBe(1);
  await page.waitForTimeout(500);
  expect(await page.locator('mail-authenticator-ui').count()).toBe(0);
});

test('malformed QR shows the message', async () => {
  await openFixture(page, `${server.url}/qr-malformed.html`);
  await expect.poll(panelTexts).toContain(INVALID_QR);
  expect(await panelTexts()).not.toContain('Add to Mail Authenticator');
});

const KINDS = ['data', 'blob', 'canvas', 'svg', 'background', 'late', 'dialog'];

for (const kind of KINDS) {
  test(`QR as ${kind} is offered`, async () => {
    await openFixture(page, `${server.url}/qr-kinds.html?kind=${kind}`);
    await expect.poll(panelTexts).toContain(OFFER);
    const sources = sent(stub, 'content.qr') as { source: { kind: string } }[];
    // Each of these is readable in the page, so pixels are sent and no URL needs a fetch.
    expect(sources.map(({ source }) => source.kind)).toEqual(['pixels']);
    await clickInPageButton(page, 'Add');
    await expect(page.locator('#otp')).toHaveValue('654321');
  });
}

test('covered offer ignores clicks', async () => {
  await openFixture(page, `${server.url}/attach-en.html`);
  await expect.poll(panelTexts).toContain(OFFER);
  // A page popover opened after the panel sits above it in the top layer and lets clicks
  // through to the panel, the setup of a clickjacking attack.
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.popover = 'manual';
    cover.style.cssText = 'inset:0;width:100vw;height:100vh;pointer-events:none;background:#fff8';
    document.body.append(cover);
    cover.showPopover();
  });
  await clickInPageButton(page, 'Add');
  await page.waitForTimeout(300);
  expect(sent(stub, 'content.attach')).toEqual([]);
  expect(await page.locator('#otp').inputValue()).toBe('');
});
