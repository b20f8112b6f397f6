/**
 * Managed policy in real Chromium: a policy file under /etc/chromium/policies/managed reaches
 * the extension, each key takes effect, a change applies while the browser runs, and bad values
 * do not break anything. Run as root, after `npm run build`.
 * Every test loads its own keyless copy of the extension (managedCopy.ts).
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { chromium, test as base, expect, type Page, type Worker } from '@playwright/test';
import { readPolicy } from '../../src/background/settings/policy';
import type { Reply, WorkerMessages, WorkerMessageType } from '../../src/shared/messages';
import type { SettingsView } from '../../src/shared/settings';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, type ExtensionBrowser } from './browser';
import { managedCopy, reloadPolicies } from './managedCopy';

/** Wait for a policy to arrive: Chromium loads and filters policy in the background. */
const POLICY_WAIT = { timeout: 30_000 };
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

interface ManagedExtension {
  id: string;
  /** Write the extension's policy file, or remove it when `values` is null. */
  setPolicy(values: Record<string, unknown> | null): void;
  /** Start Chromium with the extension; the policy written before is read at startup. */
  start(): Promise<ExtensionBrowser>;
  /** Press "Reload policies" on chrome://policy, so a changed file applies at once. */
  reloadPolicies(): Promise<void>;
  /** Send a message to the worker from an extension page and return its reply. */
  send<Type extends WorkerMessageType>(
    type: Type,
    payload: WorkerMessages[Type]['request'],
  ): Promise<Reply<WorkerMessages[Type]['response']>>;
  settings(): Promise<SettingsView>;
}

const test = base.extend<{ managed: ManagedExtension }>({
  // Playwright reads the fixture's dependencies from the first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  managed: async ({}, use) => {
    const copy = managedCopy('e2e');
    const { folder, extensionPath, id } = copy;
    let browser: ExtensionBrowser | undefined;
    let page: Page | undefined;

    const extensionPage = async (): Promise<Page> => {
      if (!browser) throw new Error('Start the browser before sending messages.');
      if (!page) {
        page = await browser.context.newPage();
        await page.goto(`chrome-extension://${id}/src/options/index.html`);
      }
      return page;
    };

    const managed: ManagedExtension = {
      id,
      setPolicy: copy.setPolicy,
      async start() {
        // launchWithExtension waits for a registered content script, which a policy without
        // a granted mail origin never gets, so the copy is started here.
        const profile = mkdtempSync(path.join(folder, 'profile-'));
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM_PATH,
          headless: true,
          locale: 'en-US',
          args: [
            ...CHROMIUM_FLAGS,
            '--lang=en-US',
            `--disable-extensions-except=${extensionPath}`,
            `--load-extension=${extensionPath}`,
          ],
        });
        // Waiting for a worker with the computed ID also checks the computation.
        const ours = (candidate: Worker) => new URL(candidate.url()).host === id;
        const worker =
          context.serviceWorkers().find(ours) ??
          (await context.waitForEvent('serviceworker', { predicate: ours }));
        browser = { context, extensionId: id, worker, close: () => context.close() };
        return browser;
      },
      async reloadPolicies() {
        if (!browser) throw new Error('Start the browser before reloading policies.');
        await reloadPolicies(browser.context);
      },
      async send(type, payload) {
        const sender = await extensionPage();
        return sender.evaluate(
          ([messageType, messagePayload]) =>
            chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }),
          [type, payload] as const,
        );
      },
      async settings() {
        const reply = await managed.send('settings.get', null);
        if (!reply.ok) throw new Error(`settings.get failed: ${reply.message}`);
        return reply.value;
      },
    };

    try {
      await use(managed);
    } finally {
      await browser?.close();
      copy.remove();
    }
  },
});

// Writes under /etc, so the tests in this file run one after another.
test.describe.configure({ mode: 'default' });

const FULL_POLICY = {
  mailOrigins: ['https://qiye.aliyun.com', 'https://*.mail.example.com'],
  requirePassphrase: true,
  passphraseMinLength: 12,
  passphraseMinStrength: 3,
  autoLockMinutes: 10,
  lockOnBrowserRestart: false,
  allowExport: false,
  allowPlainTextBackup: true,
  allowManualEntry: false,
  allowTrustedDevice: false,
  submitAttachForm: true,
  acceptedIssuers: ['Example Mail'],
  maxClockDriftSeconds: 60,
  clipboardClearSeconds: 0,
};

function manualDraft(issuer: string) {
  return {
    type: 'totp' as const,
    secret: SECRET,
    algorithm: 'SHA1' as const,
    digits: 6,
    period: 30,
    counter: 0,
    issuer,
    label: 'alice@demo.test',
  };
}

function keyUri(issuer: string): string {
  const label = encodeURIComponent(`${issuer}:alice@demo.test`);
  return `otpauth://totp/${label}?secret=${SECRET}&issuer=${encodeURIComponent(issuer)}`;
}

/** Error code of a reply, or "ok". */
function outcome(reply: Reply<unknown>): string {
  return reply.ok ? 'ok' : reply.error;
}

test('policy at startup sets every key', async ({ managed }) => {
  managed.setPolicy(FULL_POLICY);
  await managed.start();

  await expect
    .poll(async () => (await managed.settings()).managedKeys.length, POLICY_WAIT)
    .toBe(Object.keys(FULL_POLICY).length);
  const view = await managed.settings();
  expect(view.settings).toMatchObject(readPolicy(FULL_POLICY).values);
  expect(view.policyWarnings).toEqual([]);
});

test('managed keys reject user changes', async ({ managed }) => {
  managed.setPolicy({ autoLockMinutes: 1 });
  await managed.start();
  await expect
    .poll(async () => (await managed.settings()).settings.autoLockMinutes, POLICY_WAIT)
    .toBe(1);

  expect(outcome(await managed.send('settings.set', { autoLockMinutes: 30 }))).toBe('policy');
  expect(outcome(await managed.send('settings.set', { clipboardClearSeconds: 5 }))).toBe('ok');
});

test('switched-off features are rejected', async ({ managed }) => {
  managed.setPolicy({ allowManualEntry: false, allowExport: false, allowPlainTextBackup: false });
  await managed.start();
  await expect.poll(async () => (await managed.settings()).managedKeys.length, POLICY_WAIT).toBe(3);

  const added = await managed.send('accounts.addUri', { uri: keyUri('Demo Mail') });
  expect(outcome(added)).toBe('ok');
  const accountId = added.ok ? added.value.account.id : '';
  expect(
    outcome(await managed.send('accounts.addManual', { draft: manualDraft('Demo Mail') })),
  ).toBe('policy');
  expect(outcome(await managed.send('accounts.export', { id: accountId }))).toBe('policy');
  expect(outcome(await managed.send('backup.exportPlain', null))).toBe('policy');
});

test('passphrase rules are enforced', async ({ managed }) => {
  managed.setPolicy({ requirePassphrase: true, passphraseMinLength: 24, passphraseMinStrength: 0 });
  await managed.start();
  await expect.poll(async () => (await managed.settings()).managedKeys.length, POLICY_WAIT).toBe(3);

  expect(outcome(await managed.send('accounts.addUri', { uri: keyUri('Demo Mail') }))).toBe(
    'policy',
  );
  const short = await managed.send('vault.setPassphrase', {
    current: null,
    next: 'correct horse battery',
  });
  expect(outcome(short)).toBe('weak-passphrase');
  const long = await managed.send('vault.setPassphrase', {
    current: null,
    next: 'correct horse battery staple',
  });
  expect(outcome(long)).toBe('ok');
});

test('mail origins limit content scripts', async ({ managed }) => {
  managed.setPolicy({ mailOrigins: ['https://qiye.aliyun.com'] });
  const browser = await managed.start();
  const registeredMatches = () =>
    browser.worker.evaluate(async () => {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      return scripts.flatMap((script) => script.matches ?? []);
    });

  await expect.poll(registeredMatches, POLICY_WAIT).toContain('https://qiye.aliyun.com/*');
  expect(await registeredMatches()).not.toContain('https://mail.xc.aliyun.com/*');
});

test('live policy change applies without restart', async ({ managed }) => {
  // Two policy reloads, each of which can take several seconds on a busy machine.
  test.slow();
  await managed.start();
  expect((await managed.settings()).managedKeys).toEqual([]);
  expect(outcome(await managed.send('accounts.addUri', { uri: keyUri('Other Mail') }))).toBe('ok');

  managed.setPolicy({ acceptedIssuers: ['Example Mail'], allowManualEntry: false });
  await managed.reloadPolicies();
  await expect.poll(async () => (await managed.settings()).managedKeys.length, POLICY_WAIT).toBe(2);
  expect(outcome(await managed.send('accounts.addUri', { uri: keyUri('Unknown Mail') }))).toBe(
    'policy',
  );
  expect(outcome(await managed.send('accounts.addUri', { uri: keyUri('example mail') }))).toBe(
    'ok',
  );

  managed.setPolicy(null);
  await managed.reloadPolicies();
  await expect.poll(async () => (await managed.settings()).managedKeys, POLICY_WAIT).toEqual([]);
  expect(
    outcome(await managed.send('accounts.addManual', { draft: manualDraft('Demo Mail') })),
  ).toBe('ok');
});

test('bad values leave extension working', async ({ managed }) => {
  managed.setPolicy({
    autoLockMinutes: 'soon',
    passphraseMinLength: 99_999,
    clipboardClearSeconds: -5,
    mailOrigins: ['https://qiye.aliyun.com/alimail', 'http://evil.test', 'https://*.com'],
    acceptedIssuers: Array.from({ length: 5_000 }, (_, index) => `Issuer ${index}`),
    allowExport: { nested: [true] },
    trustDevice: true,
    colour: 'blue',
  });
  await managed.start();

  await expect
    .poll(async () => (await managed.settings()).managedKeys.sort(), POLICY_WAIT)
    .toEqual(['acceptedIssuers', 'clipboardClearSeconds', 'mailOrigins', 'passphraseMinLength']);
  const view = await managed.settings();
  expect(view.settings.passphraseMinLength).toBe(128);
  expect(view.settings.clipboardClearSeconds).toBe(0);
  expect(view.settings.mailOrigins).toEqual(['https://qiye.aliyun.com']);
  expect(view.settings.acceptedIssuers).toHaveLength(200);
  expect(view.settings.autoLockMinutes).toBe(15);
  expect(view.policyWarnings.length).toBeGreaterThan(0);
  expect(outcome(await managed.send('vault.status', null))).toBe('ok');
  expect(outcome(await managed.send('accounts.list', null))).toBe('ok');
});
