import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser';
import { startPageServer, type ExtraFile, type PageServer } from './pageServer';
import type { VaultChecks } from './vault-page/main';

/**
 * The vault in real Chromium: device keys as non-extractable CryptoKeys in IndexedDB, which
 * must survive a reload, and Argon2id with the production parameters in WebAssembly.
 */
const PAGE_SOURCE = path.resolve('tests/e2e/vault-page');
const PASSPHRASE = 'violet anchor harbour 42';

let pageBuild: string;
let server: PageServer;
let browser: Browser;

async function builtFiles(): Promise<Record<string, ExtraFile>> {
  // A folder of its own, because Playwright empties test-results/ when another run starts.
  pageBuild = await mkdtemp(path.join(tmpdir(), 'mail-authenticator-vault-page-'));
  await build({
    root: PAGE_SOURCE,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: pageBuild, emptyOutDir: true, target: 'es2022' },
  });
  const files: Record<string, ExtraFile> = {
    '/vault.html': { type: 'text/html', body: await readFile(path.join(pageBuild, 'index.html')) },
  };
  for (const name of await readdir(path.join(pageBuild, 'assets'))) {
    const body = await readFile(path.join(pageBuild, 'assets', name));
    files[`/assets/${name}`] = { type: 'text/javascript', body };
  }
  return files;
}

test.beforeAll(async () => {
  server = await startPageServer(await builtFiles());
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

test.afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(pageBuild, { recursive: true, force: true });
});

test('device key survives page reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/vault.html`);
  await page.waitForFunction(() => 'vaultChecks' in window);
  const created = await page.evaluate(() =>
    (window as unknown as { vaultChecks: VaultChecks }).vaultChecks.createDeviceVault(),
  );
  expect(created.state).toBe('unlocked');
  expect(created.deviceKeys).toBe(1);

  await page.reload();
  await page.waitForFunction(() => 'vaultChecks' in window);
  const reopened = await page.evaluate(
    (passphrase) =>
      (window as unknown as { vaultChecks: VaultChecks }).vaultChecks.reopenAndSetPassphrase(
        passphrase,
      ),
    PASSPHRASE,
  );
  expect(reopened.labels).toEqual(['ana@example.com']);
  // Setting a passphrase with lockOnBrowserRestart on deletes the device key.
  expect(reopened.deviceKeysAfter).toBe(0);
  expect(reopened.unlockedLabels).toEqual(['ana@example.com']);
});
