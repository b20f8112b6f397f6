/**
 * Screenshots of every popup view and the settings page, in English and Chinese, in the light
 * and dark themes, written to artifacts/screenshots/ as LANGUAGE-VIEW-THEME.png. Accounts go in
 * through the product's own flows: the QR code on the demo mailbox's attach page and pasted key
 * URIs. Needs the demo build: npm run build -- chrome --demo-only. Run: npx tsx scripts/screenshots.ts
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo/seed';
import { startMailbox } from '../demo/server';
import { attachFromQr, logOn, logOut, type Walk } from '../demo/walkthrough';
import { EXTENSION_PATH, launchWithExtension, type ExtensionBrowser } from '../tests/e2e/browser';

const OUTPUT = path.resolve('artifacts/screenshots');
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = [
  { locale: 'en-US', catalog: 'en', mailbox: 'en' },
  { locale: 'zh-CN', catalog: 'zh_CN', mailbox: 'zh' },
] as const;
/** Popup size in Chrome: the body is 360 px wide, and Chrome caps the height at 600 px. */
const POPUP_VIEWPORT = { width: 360, height: 600 };

const PASSPHRASE = 'violet anchor harbour 42';
const EXTRA_ACCOUNTS = [
  'otpauth://totp/GitLab:carol%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitLab',
  'otpauth://totp/VPN:carol?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Corporate%20VPN',
];
const ADDED_ACCOUNT =
  'otpauth://totp/Wiki:carol%40example.com?secret=ONSWG4TFORZWK3DMMVZXG43FMNZGK5DT&issuer=Wiki';

type Catalog = (typeof LANGUAGES)[number]['catalog'];

function text(catalog: Catalog, key: string): string {
  const file = path.resolve('public/_locales', catalog, 'messages.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const entry = entries[key];
  if (entry === undefined) throw new Error(`Message "${key}" is missing from ${catalog}.`);
  return entry.message;
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    // Let the theme's colours apply before the capture.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await page.screenshot({ path: path.join(OUTPUT, `${name}-${theme}.png`), fullPage: true });
  }
  console.log(`Wrote ${name}-{light,dark}.png`);
}

async function tabId(extension: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await extension.worker.evaluate(async (address: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === address)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}.`);
  return id;
}

async function paste(popup: Page, value: string): Promise<void> {
  await popup.evaluate((uri) => {
    const data = new DataTransfer();
    data.setData('text/plain', uri);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, value);
}

async function captureLanguage(language: (typeof LANGUAGES)[number]): Promise<void> {
  const { catalog } = language;
  const mailbox = await startMailbox();
  const extension = await launchWithExtension({ locale: language.locale });
  try {
    const page = await extension.context.newPage();
    const walk: Walk = {
      page,
      mailbox: mailbox.url,
      language: language.mailbox,
      username: 'alice@demo.test',
      password: DEMO_PASSWORD,
    };
    await logOn(walk);
    await attachFromQr(walk);
    await logOut(walk);
    await logOn(walk);

    const base = `chrome-extension://${extension.extensionId}/src/popup/index.html`;
    const popup = await extension.context.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(`${base}?tab=${await tabId(extension, page)}`);
    for (const uri of EXTRA_ACCOUNTS) {
      await paste(popup, uri);
      await popup.getByRole('button', { name: text(catalog, 'addedDone') }).click();
    }
    await popup.locator('.status').waitFor();
    await popup.locator('li.account').nth(EXTRA_ACCOUNTS.length).waitFor();
    await shoot(popup, `${catalog}-accounts`);

    await popup.getByRole('button', { name: text(catalog, 'popupAttach') }).click();
    await popup.getByRole('heading', { name: text(catalog, 'attachTitle') }).waitFor();
    await shoot(popup, `${catalog}-attach`);

    await paste(popup, ADDED_ACCOUNT);
    await popup.getByRole('heading', { name: text(catalog, 'addedTitle') }).waitFor();
    await shoot(popup, `${catalog}-added`);
    await popup.getByRole('button', { name: text(catalog, 'addedDone') }).click();

    await popup.locator('li.account .actions button.link').first().click();
    await popup.locator('button.danger').waitFor();
    await shoot(popup, `${catalog}-delete`);
    await popup.locator('button.danger + button').click();

    const options = await extension.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await shoot(options, `${catalog}-settings`);

    await options.getByLabel(text(catalog, 'passphraseNew'), { exact: true }).fill(PASSPHRASE);
    await options
      .getByLabel(text(catalog, 'passphraseConfirm'), { exact: true })
      .first()
      .fill(PASSPHRASE);
    await options.getByRole('button', { name: text(catalog, 'passphraseSetButton') }).click();
    await options.getByText(text(catalog, 'passphraseIsSet')).waitFor();
    await popup.reload();
    await popup.getByRole('button', { name: text(catalog, 'popupLock') }).click();
    await popup.getByLabel(text(catalog, 'passphraseLabel'), { exact: true }).waitFor();
    await shoot(popup, `${catalog}-unlock`);
  } finally {
    await extension.close();
    await mailbox.close();
  }
}

if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
  console.error(`The extension is not built at ${EXTENSION_PATH}. Run "npm run build" first.`);
  process.exit(1);
}
mkdirSync(OUTPUT, { recursive: true });
for (const language of LANGUAGES) await captureLanguage(language);
