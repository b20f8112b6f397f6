import { expect, test, type Browser, type Page } from '@playwright/test';
import { installStub, launchChromium, openFixture, sent, type StubWorker } from './content-harness';
import { clickInPageButton } from './inPage';
import { startPageServer, type PageServer } from './pageServer';

// Other suites clean test-results while these run; traces would collide with that.
test.use({ trace: 'off' });

let server: PageServer;
let browser: Browser;
let page: Page;
let stub: StubWorker;

test.beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium();
});
test.afterAll(async () => {
  await browser.close();
  await server.close();
});
test.beforeEach(async () => {
  page = await browser.newPage();
  stub = await installStub(page);
});
test.afterEach(async () => {
  await page.close();
});

const valueOf = (selector: string) => page.locator(selector).inputValue();
const submitted = () =>
  page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted);

interface FillCase {
  fixture: string;
  filled: string;
  /** Inputs that must keep the value they had, with that value. */
  untouched: Record<string, string>;
}

const FILL_CASES: FillCase[] = [
  {
    fixture: 'logon-en.html',
    filled: '#otp',
    untouched: {
      '[name=q]': '',
      '#username': 'alice@demo.test',
      '#password': '',
      '#captcha': '',
      '#sms_code': '',
      '[name=otp_trap]': '',
    },
  },
  {
    fixture: 'logon-zh.html',
    filled: '[name=dynamic]',
    untouched: {
      '[name=keyword]': '',
      '[name=account]': 'zhang@demo.test',
      '[name=img_code]': '',
      '[name=sms_code]': '',
    },
  },
  { fixture: 'method-switch.html', filled: '#code_app', untouched: { '#code_sms': '' } },
];

for (const { fixture, filled, untouched } of FILL_CASES) {
  test(`fill ${fixture} skips decoys`, async () => {
    await openFixture(page, `${server.url}/${fixture}`);
    const outcome = await stub.fill();
    expect(outcome).toEqual({ filled: true });
    expect(await valueOf(filled)).toBe('123456');
    for (const [selector, value] of Object.entries(untouched)) {
      expect(await valueOf(selector), selector).toBe(value);
    }
  });
}

test('fill ticks trusted device on request', async () => {
  stub.options.trustDevice = true;
  await openFixture(page, `${server.url}/logon-en.html`);
  await stub.fill();
  await page.getByRole('button', { name: 'Log In' }).click();
  expect(await submitted()).toEqual([
    expect.objectContaining({ otp: '123456', trust_device: '1', sms_code: '', action: 'login' }),
  ]);
});

test('fill leaves trusted device unticked', async () => {
  await openFixture(page, `${server.url}/logon-zh.html`);
  await stub.fill();
  await page.getByRole('button', { name: '登录' }).click();
  const [values] = (await submitted()) as Record<string, string>[];
  expect(values?.dynamic).toBe('123456');
  expect(values?.trusted).toBeUndefined();
});

test('per-digit boxes get one key each', async () => {
  await openFixture(page, `${server.url}/digits.html`);
  expect(await stub.fill()).toEqual({ filled: true });
  await page.getByRole('button', { name: 'Verify' }).click();
  expect(await submitted()).toEqual([{ d1: '1', d2: '2', d3: '3', d4: '4', d5: '5', d6: '6' }]);
  expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
  ]);
});

test('React-like state receives code', async () => {
  await openFixture(page, `${server.url}/react-like.html`);
  expect(await stub.fill()).toEqual({ filled: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await submitted()).toEqual([{ code: '123456' }]);
});

test('same-origin iframe field is filled', async () => {
  await openFixture(page, `${server.url}/iframe.html`);
  const frame = page.frames().find((candidate) => candidate.url().endsWith('iframe-inner.html'));
  expect(frame).toBeDefined();
  expect(await stub.fill(frame)).toEqual({ filled: true });
  expect(await frame?.locator('#otp').inputValue()).toBe('123456');
});

test('open shadow root field is filled', async () => {
  await openFixture(page, `${server.url}/shadow.html`);
  expect(await stub.fill()).toEqual({ filled: true });
  await page.getByRole('button', { name: 'Verify' }).click();
  expect(await submitted()).toEqual([{ code: '123456' }]);
});

test('field added late is reported', async () => {
  await openFixture(page, `${server.url}/late.html`);
  await expect
    .poll(() => sent(stub, 'content.report'))
    .toContainEqual({ page: 'logon', codeFields: 1, qrCandidates: 0 });
  expect(await stub.fill()).toEqual({ filled: true });
  expect(await valueOf('#otp')).toBe('123456');
});

interface RefusalCase {
  fixture: string;
  reason: RegExp;
  field: string;
}

const REFUSALS: RefusalCase[] = [
  { fixture: 'overlay.html', reason: /covers the code field/, field: '#otp' },
  { fixture: 'transparent.html', reason: /transparent/, field: '#otp' },
  { fixture: 'client-password.html', reason: /client security password/, field: '#otp' },
  { fixture: 'sms-only.html', reason: /SMS code/, field: '#sms' },
];

for (const { fixture, reason, field } of REFUSALS) {
  test(`fill refuses ${fixture}`, async () => {
    await openFixture(page, `${server.url}/${fixture}`);
    const outcome = await stub.fill();
    expect(outcome.filled).toBe(false);
    expect(outcome.reason).toMatch(reason);
    expect(await valueOf(field)).toBe('');
  });
}

test('page kinds are reported', async () => {
  const kinds: Record<string, string> = {
    'logon-en.html': 'logon',
    'client-password.html': 'client-password',
    'sms-only.html': 'sms-only',
    'method-switch.html': 'logon',
  };
  for (const [fixture, kind] of Object.entries(kinds)) {
    stub.messages.length = 0;
    await openFixture(page, `${server.url}/${fixture}`);
    await expect
      .poll(() => sent(stub, 'content.report'), fixture)
      .toEqual([expect.objectContaining({ page: kind })]);
  }
});

test('fill button fills the code', async () => {
  await openFixture(page, `${server.url}/logon-en.html`);
  await clickInPageButton(page, 'Fill code');
  await expect(page.locator('#otp')).toHaveValue('123456');
  expect(sent(stub, 'content.code')).toEqual([{ purpose: 'logon' }]);
});

test('no fill button without account', async () => {
  stub.options.hasAccount = false;
  await openFixture(page, `${server.url}/logon-en.html`);
  await expect.poll(() => sent(stub, 'content.report').length).toBe(1);
  await expect(page.locator('mail-authenticator-ui')).toHaveCount(0);
});
