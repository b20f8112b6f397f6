/**
 * A copy of the built extension for tests that write a real managed policy file. The copy has
 * no manifest key, so Chromium derives its ID from the copy's path, and the policy file names
 * only that ID: browsers of other tests, even running in parallel, never see the policy.
 * Writing under /etc needs root, as in CI.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_PATH, unpackedExtensionId } from './browser';

/** Folder whose JSON files Chromium on Linux reads as mandatory policy. */
export const POLICY_FOLDER = '/etc/chromium/policies/managed';

export interface ManagedCopy {
  /** Temporary folder of the copy, where profiles may go too. */
  folder: string;
  extensionPath: string;
  id: string;
  /** Write the copy's policy file, or remove it when `values` is null. */
  setPolicy: (values: Record<string, unknown> | null) => void;
  /** Remove the policy file and the temporary folder. */
  remove: () => void;
}

/** Copy dist/chrome-demo without its manifest key, under a folder named with `prefix`. */
export function managedCopy(prefix: string): ManagedCopy {
  const folder = mkdtempSync(path.join(tmpdir(), `mail-authenticator-${prefix}-`));
  const extensionPath = path.join(folder, 'extension');
  cpSync(EXTENSION_PATH, extensionPath, { recursive: true });
  const manifestPath = path.join(extensionPath, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.key;
  writeFileSync(manifestPath, JSON.stringify(manifest));

  const id = unpackedExtensionId(extensionPath);
  const policyFile = path.join(POLICY_FOLDER, `mail-authenticator-${prefix}-${id}.json`);
  return {
    folder,
    extensionPath,
    id,
    setPolicy: (values) => {
      if (values === null) {
        rmSync(policyFile, { force: true });
        return;
      }
      mkdirSync(POLICY_FOLDER, { recursive: true });
      writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
    },
    remove: () => {
      rmSync(policyFile, { force: true });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Press "Reload policies" on chrome://policy, so that a changed file applies at once. */
export async function reloadPolicies(context: BrowserContext): Promise<void> {
  const policyPage = await context.newPage();
  await policyPage.goto('chrome://policy', { waitUntil: 'domcontentloaded' });
  // A dispatched click skips Playwright's wait for a stable layout, which the policy table
  // keeps changing while it loads.
  await policyPage.locator('#reload-policies').dispatchEvent('click');
  await policyPage.close();
}
