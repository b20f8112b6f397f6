import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, type BrowserContext, type Worker } from '@playwright/test';

/** Chromium binary: CHROMIUM_PATH, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The demo build, which may run on the demo mailbox on 127.0.0.1. */
export const EXTENSION_PATH = path.resolve('dist/chrome-demo');

/** ID fixed by the manifest's public key, the same for the store and demo builds. */
export const EXTENSION_ID = 'mbmgomjgadhoajlkbnkgcpadkncpffkg';

/**
 * Return the ID Chromium gives an unpacked extension: the one fixed by the manifest's key, or the
 * one derived from the path of a copy without a key. With several folders (comma-separated),
 * the first is ours.
 */
function extensionIdOf(extensionPaths: string): string {
  const folder = extensionPaths.split(',')[0] ?? extensionPaths;
  const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
    key?: string;
  };
  return manifest.key === undefined ? unpackedExtensionId(folder) : EXTENSION_ID;
}

/**
 * Return the ID Chromium gives an unpacked extension without a manifest key: the first 32 hex
 * digits of the SHA-256 of its absolute path, written with the letters a to p.
 */
export function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

/** Flags that keep Chromium off the network and let it run as root in a container. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for reading its state in assertions. */
  worker: Worker;
  close(): Promise<void>;
}

/** Start Chromium with a fresh profile and the built extension loaded. */
export async function launchWithExtension(
  options: {
    locale?: string;
    extensionPath?: string;
    extraArgs?: string[];
    headless?: boolean;
    /** Reuse this profile folder, to test a browser restart; it is then left in place on close. */
    profile?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  const profile =
    options.profile ?? mkdtempSync(path.join(tmpdir(), 'mail-authenticator-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${options.locale ?? 'en-US'}`,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const expectedId = extensionIdOf(extensionPath);
  const ours = (candidate: Worker) => new URL(candidate.url()).host === expectedId;
  const worker =
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours }));
  const extensionId = new URL(worker.url()).host;
  // The worker registers the content script for the mail sites just after install; a page
  // opened before that would load without it.
  await expect
    .poll(
      () =>
        worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThan(0);
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (options.profile === undefined) rmSync(profile, { recursive: true, force: true });
    },
  };
}
