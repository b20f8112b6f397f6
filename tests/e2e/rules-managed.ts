/**
 * A browser whose copy of the extension gets a real managed policy file, for the rule tests that
 * need the administrator's side (such as allowTrustedDevice). As in policy.spec.ts, the copy has
 * no manifest key, so Chromium derives its ID from the copy's path, and the policy file names only
 * that ID. Tests in other browsers never see the policy. Writing the file needs root.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startMailbox, type Mailbox } from '../../demo/server';
import { EXTENSION_PATH, launchWithExtension, type ExtensionBrowser } from './browser';

const POLICY_FOLDER = '/etc/chromium/policies/managed';

/** Return the ID that Chromium derives from the SHA-256 hash of an unpacked extension's path. */
function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(folder).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

export interface ManagedBrowser {
  /** Write the extension's policy file, or remove it when `values` is null. */
  setPolicy(values: Record<string, unknown> | null): void;
  /** Start Chromium with the extension. It reads a policy written before at startup. */
  start(): Promise<ExtensionBrowser>;
  /** Press "Reload policies" on chrome://policy, so that a changed file applies at once. */
  reloadPolicies(): Promise<void>;
}

/** The end-to-end fixtures with a managed browser in place of the plain one. */
export const test = base.extend<{ mailbox: Mailbox; managed: ManagedBrowser }>({
  // Playwright reads the fixture's dependencies from the first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  mailbox: async ({}, use) => {
    const mailbox = await startMailbox();
    await use(mailbox);
    await mailbox.close();
  },
  // eslint-disable-next-line no-empty-pattern
  managed: async ({}, use) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mail-authenticator-rules-'));
    const extensionPath = path.join(folder, 'extension');
    cpSync(EXTENSION_PATH, extensionPath, { recursive: true });
    const manifestPath = path.join(extensionPath, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    delete manifest.key;
    writeFileSync(manifestPath, JSON.stringify(manifest));

    const id = unpackedExtensionId(extensionPath);
    const policyFile = path.join(POLICY_FOLDER, `mail-authenticator-rules-${id}.json`);
    let browser: ExtensionBrowser | undefined;

    const managed: ManagedBrowser = {
      setPolicy(values) {
        if (values === null) {
          rmSync(policyFile, { force: true });
          return;
        }
        mkdirSync(POLICY_FOLDER, { recursive: true });
        writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
      },
      async start() {
        browser = await launchWithExtension({ extensionPath });
        return browser;
      },
      async reloadPolicies() {
        if (!browser) throw new Error('Start the browser before reloading policies.');
        const policyPage = await browser.context.newPage();
        await policyPage.goto('chrome://policy');
        await policyPage.locator('#reload-policies').click();
        await policyPage.close();
      },
    };

    try {
      await use(managed);
    } finally {
      rmSync(policyFile, { force: true });
      await browser?.close();
      rmSync(folder, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
