import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TOTP } from 'otpauth';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { expect, test as base } from './fixtures';

/** The two interface languages, as Chromium locales and as extension catalog folders. */
export const LANGUAGES = [
  { locale: 'en-US', catalog: 'en' },
  { locale: 'zh-CN', catalog: 'zh_CN' },
] as const;

export type Catalog = (typeof LANGUAGES)[number]['catalog'];

/**
 * The shared fixtures, with the browser started in the locale that `test.use({ locale })` sets,
 * so one spec file can run in both languages. POPUP_E2E_EXTENSION names another build to load.
 */
export const test = base.extend<{ extension: ExtensionBrowser }>({
  extension: async ({ locale }, use) => {
    const extensionPath = process.env.POPUP_E2E_EXTENSION;
    const browser = await launchWithExtension({
      locale: locale ?? 'en-US',
      ...(extensionPath === undefined ? {} : { extensionPath }),
    });
    await use(browser);
    await browser.close();
  },
});

export { expect };

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogs = new Map<string, Record<string, CatalogEntry>>();

/** Return a message of the extension's catalog with its placeholders filled, as Chrome does. */
export function message(catalog: Catalog, key: string, ...substitutions: string[]): string {
  let entries = catalogs.get(catalog);
  if (entries === undefined) {
    const file = path.resolve('public/_locales', catalog, 'messages.json');
    entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, CatalogEntry>;
    catalogs.set(catalog, entries);
  }
  const entry = entries[key];
  if (entry === undefined) throw new Error(`Message "${key}" is missing from ${catalog}.`);
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

/** Base32 secrets of 160 bits for test accounts; never used outside the tests. */
export const SECRETS = [
  'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
  'ONSWG4TFORZWK3DMMVZXG43FMNZGK5DT',
  'KRUGS4ZAONSWG4TFOQQGS4ZAMZQWW2LF',
  'NBSWY3DPO5XXE3DENBSWY3DPO5XXE3DE',
  'OVZXKZLSNZQW2ZJAMFXGIIDQMFZXG53P',
] as const;

/** Return a TOTP key URI for a test account. */
export function keyUri(label: string, secret: string, issuer = 'Demo Mail'): string {
  return `otpauth://totp/${encodeURIComponent(`${issuer}:${label}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}

/** Return the codes of the previous, current and next time step, grouped as the popup shows them. */
export function nearbyCodes(secret: string, now = Date.now()): string[] {
  const totp = new TOTP({ secret, digits: 6, period: 30 });
  return [-30_000, 0, 30_000].map((offset) =>
    totp.generate({ timestamp: now + offset }).replace(/^(\d{3})(\d{3})$/, '$1 $2'),
  );
}

/** Paste text into the popup the way a user's Ctrl+V does, as a paste event on the focused page. */
export async function pasteText(popup: Page, text: string): Promise<void> {
  await popup.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

/** Add an account through the popup's paste flow and return to the account list. */
export async function addByPaste(popup: Page, catalog: Catalog, uri: string): Promise<void> {
  await pasteText(popup, uri);
  await expect(popup.getByRole('heading', { name: message(catalog, 'addedTitle') })).toBeVisible();
  await popup.getByRole('button', { name: message(catalog, 'addedDone') }).click();
  await expect(popup.getByRole('list', { name: message(catalog, 'popupAccounts') })).toBeVisible();
}

/** Open the popup as a page acting on no particular tab. */
export async function openPopupPage(extension: ExtensionBrowser, query = ''): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/src/popup/index.html${query}`);
  return popup;
}

/** Open the settings page, optionally at a section. */
export async function openOptionsPage(extension: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/src/options/index.html${hash}`);
  return page;
}

/** Run axe on the page and fail on any serious or critical finding, listing each rule and node. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
    .analyze();
  const findings = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(findings).toEqual([]);
}
