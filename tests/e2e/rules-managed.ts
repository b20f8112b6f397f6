/**
 * A browser whose keyless copy of the extension (managedCopy.ts) gets a real managed policy
 * file, for the rule tests that need the administrator's side (such as allowTrustedDevice).
 */
import { test as base } from '@playwright/test';
import { startMailbox, type Mailbox } from '../../demo/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { managedCopy, reloadPolicies } from './managedCopy';

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
    const copy = managedCopy('rules');
    let browser: ExtensionBrowser | undefined;

    const managed: ManagedBrowser = {
      setPolicy: copy.setPolicy,
      async start() {
        browser = await launchWithExtension({ extensionPath: copy.extensionPath });
        return browser;
      },
      async reloadPolicies() {
        if (!browser) throw new Error('Start the browser before reloading policies.');
        await reloadPolicies(browser.context);
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

export { expect } from '@playwright/test';
