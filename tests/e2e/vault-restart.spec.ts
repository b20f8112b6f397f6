import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { expect, test } from './fixtures';

const KEY_URI =
  'otpauth://totp/Demo%20Mail:alice@demo.test?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Mail';
const PASSPHRASE = 'violet harbour trumpet 1987 lantern';

/** Open the settings page, an extension page from which the worker takes every message. */
async function openExtensionPage(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
  return page;
}

async function send(page: Page, type: string, payload: unknown = null): Promise<unknown> {
  return page.evaluate(
    ([messageType, messagePayload]) =>
      chrome.runtime.sendMessage<unknown, unknown>({
        type: messageType,
        payload: messagePayload,
      }),
    [type, payload] as const,
  );
}

async function accountLabels(page: Page): Promise<string[]> {
  const reply = (await send(page, 'accounts.list')) as {
    value?: { accounts: { label: string }[] };
  };
  return reply.value?.accounts.map((account) => account.label) ?? [];
}

/** Add an account and protect the vault with a passphrase, as a user would in the settings. */
async function fillVault(page: Page): Promise<void> {
  expect(await send(page, 'accounts.addUri', { uri: KEY_URI })).toMatchObject({ ok: true });
  expect(
    await send(page, 'vault.setPassphrase', { current: null, next: PASSPHRASE }),
  ).toMatchObject({
    ok: true,
    value: { state: 'unlocked', hasPassphrase: true },
  });
}

test('stopped worker keeps vault unlocked', async ({ extension }) => {
  const page = await openExtensionPage(extension);
  await fillVault(page);

  // Chrome stops an idle worker after 30 seconds; closing its DevTools target does it at once.
  // A mark left in the worker's global scope tells the new worker from the old one.
  await extension.worker.evaluate(() => {
    (globalThis as { testMark?: string }).testMark = 'before stop';
  });
  const devtools = await extension.context.newCDPSession(page);
  const { targetInfos } = (await devtools.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.includes(extension.extensionId),
  );
  expect(worker).toBeDefined();
  await devtools.send('Target.closeTarget', { targetId: worker?.targetId ?? '' });

  expect(await send(page, 'vault.status')).toMatchObject({
    ok: true,
    value: { state: 'unlocked' },
  });
  expect(await accountLabels(page)).toEqual(['alice@demo.test']);
  const mark = await extension.context
    .serviceWorkers()[0]
    ?.evaluate(() => String((globalThis as { testMark?: string }).testMark));
  expect(mark).toBe('undefined');
});

test('browser restart locks the vault', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'mail-authenticator-restart-'));
  try {
    const first = await launchWithExtension({ profile });
    await fillVault(await openExtensionPage(first));
    await first.close();

    const second = await launchWithExtension({ profile });
    const page = await openExtensionPage(second);
    expect(await send(page, 'vault.status')).toMatchObject({
      ok: true,
      value: { state: 'locked' },
    });
    expect(await send(page, 'accounts.list')).toMatchObject({ ok: false, error: 'locked' });
    expect(await send(page, 'vault.unlock', { passphrase: 'wrong passphrase' })).toMatchObject({
      ok: false,
      error: 'wrong-passphrase',
    });
    expect(await send(page, 'vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(await accountLabels(page)).toEqual(['alice@demo.test']);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
