/**
 * Start the demo mailbox and Chromium with the built extension (dist/chrome-demo).
 * With a display, the browser opens on the mailbox's logon page and stays until it is closed.
 * Without one (or with --headless), it walks through the whole flow headless: attach by QR code,
 * log out, log on with the filled code, delete. It writes a screenshot and a one-line outcome per
 * step to artifacts/demo/ and exits non-zero when a step fails.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo/seed';
import { startMailbox } from '../demo/server';
import {
  attachFromQr,
  deleteAuthenticator,
  logOn,
  logOut,
  verifyWithFilledCode,
  type Walk,
} from '../demo/walkthrough';
import { CHROMIUM_PATH, EXTENSION_PATH, launchWithExtension } from '../tests/e2e/browser';

const OUTPUT = path.resolve('artifacts/demo');
const headless =
  process.argv.includes('--headless') || !(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${CHROMIUM_PATH}. Install it with "sudo apt-get install chromium" ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.',
  );
  process.exit(1);
}
if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
  console.error(`The extension is not built at ${EXTENSION_PATH}. Run "npm run build" first.`);
  process.exit(1);
}

const port = Number(process.env.DEMO_MAILBOX_PORT ?? 8025);
const mailbox = await startMailbox({ port }).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(
    `Port ${port} on 127.0.0.1 is in use, so the demo mailbox cannot start. Stop what uses it, ` +
      'or set DEMO_MAILBOX_PORT to another port (0 picks a free one).',
  );
  process.exit(1);
});
console.log(`Demo mailbox: ${mailbox.url}/login (password for every user: ${DEMO_PASSWORD})`);

if (!headless) {
  const browser = await launchWithExtension({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${mailbox.url}/login`);
  console.log('Chromium is open with Mail Authenticator. Close the browser window to stop.');
  await new Promise((resolve) => browser.context.once('close', resolve));
  await mailbox.close();
  process.exit(0);
}

rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });
const browser = await launchWithExtension();
const page = await browser.context.newPage();
const walk: Walk = {
  page,
  mailbox: mailbox.url,
  language: 'en',
  username: 'alice@demo.test',
  password: DEMO_PASSWORD,
};
const outcomes: string[] = [];
const run = { failed: false };

async function step(name: string, action: (page: Page) => Promise<string>): Promise<void> {
  if (run.failed) return;
  const number = String(outcomes.length + 1).padStart(2, '0');
  try {
    const detail = await action(page);
    outcomes.push(`PASS ${number} ${name}: ${detail}`);
  } catch (error) {
    run.failed = true;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    outcomes.push(`FAIL ${number} ${name}: ${reason}`);
  }
  await page.screenshot({ path: path.join(OUTPUT, `${number}-${name}.png`), fullPage: true });
  console.log(outcomes[outcomes.length - 1]);
}

await step('log-on-without-phone', async () => {
  await logOn(walk);
  return `signed in as ${walk.username}; the mailbox asks to attach an authenticator (${new URL(page.url()).pathname})`;
});
await step(
  'attach-by-qr',
  async () =>
    `the extension read the QR code and filled ${await attachFromQr(walk)}; the mailbox accepted it`,
);
await step('log-out', async () => {
  await logOut(walk);
  return 'signed out';
});
await step('log-on-with-code', async () => {
  await logOn(walk);
  return `the extension filled ${await verifyWithFilledCode(walk)}; the mailbox let the user in`;
});
await step('delete-authenticator', async () => {
  await deleteAuthenticator(walk);
  return 'the extension filled the current code and the mailbox deleted its authenticator';
});

writeFileSync(path.join(OUTPUT, 'outcome.txt'), `${outcomes.join('\n')}\n`);
console.log(`Screenshots and outcomes: ${OUTPUT}`);
await browser.close();
await mailbox.close();
process.exit(run.failed ? 1 : 0);
