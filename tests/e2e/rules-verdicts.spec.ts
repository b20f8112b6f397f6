/**
 * The popup's status line explains in plain words why the extension acts or does not act on the
 * current page. Each case sets up one reason and reads the verdict through the popup opened on
 * that page, then checks what the extension did on the page and what the mailbox recorded.
 */
import type { Page } from '@playwright/test';
import { startMailbox, type Mailbox } from '../../demo/server';
import { logOn } from '../../demo/walkthrough';
import type { ExtensionBrowser } from './browser';
import { expect, test } from './fixtures';
import {
  activeTabId,
  attachDirectly,
  expectVerdict,
  sendFromExtensionPage,
  settledInPageButtons,
  walkFor,
} from './rules-helpers';

const PASSPHRASE = 'correct horse battery staple';

interface VerdictCase {
  name: string;
  /** Message key of the status line, and whether it names the mailbox's host. */
  key: string;
  withHost: boolean;
  /** Open the page the popup describes. */
  open(page: Page, mailbox: Mailbox, extension: ExtensionBrowser): Promise<void>;
  /** Labels of the in-page buttons the extension shows there. */
  buttons: string[];
}

/** Log alice on to the code step, with the authenticator attached on both sides. */
async function aliceAtCodeStep(page: Page, mailbox: Mailbox, extension: ExtensionBrowser) {
  await attachDirectly(extension, mailbox, 'alice@demo.test');
  await logOn(walkFor(page, mailbox, 'alice@demo.test'));
  await expect(page).toHaveURL(/\/login\/verify/);
}

/** Log a member in without a code step, by listing them as an exception. */
async function signIn(page: Page, mailbox: Mailbox, username: string) {
  mailbox.admin.exceptions.push(username);
  await logOn(walkFor(page, mailbox, username));
  await expect(page).toHaveURL(/\/mail$/);
}

async function expectOk(reply: Promise<{ ok: boolean }>) {
  expect((await reply).ok).toBe(true);
}

const CASES: VerdictCase[] = [
  {
    name: 'logon code step',
    key: 'verdictReady',
    withHost: true,
    open: aliceAtCodeStep,
    buttons: ['Fill code'],
  },
  {
    name: 'inbox',
    key: 'verdictNoCodeField',
    withHost: false,
    async open(page, mailbox, extension) {
      await attachDirectly(extension, mailbox, 'alice@demo.test');
      await signIn(page, mailbox, 'alice@demo.test');
    },
    buttons: [],
  },
  {
    name: 'no account stored',
    key: 'verdictNoAccount',
    withHost: true,
    async open(page, mailbox) {
      const user = mailbox.users.get('alice@demo.test');
      if (user) user.authenticatorSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
      await logOn(walkFor(page, mailbox, 'alice@demo.test'));
      await expect(page).toHaveURL(/\/login\/verify/);
    },
    buttons: [],
  },
  {
    name: 'locked vault',
    key: 'verdictLocked',
    withHost: false,
    async open(page, mailbox, extension) {
      await attachDirectly(extension, mailbox, 'alice@demo.test');
      const next = PASSPHRASE;
      await expectOk(
        sendFromExtensionPage(extension, 'vault.setPassphrase', { current: null, next }),
      );
      await expectOk(sendFromExtensionPage(extension, 'vault.lock', null));
      await logOn(walkFor(page, mailbox, 'alice@demo.test'));
      await expect(page).toHaveURL(/\/login\/verify/);
    },
    buttons: [],
  },
  {
    name: 'SMS code step',
    key: 'verdictSmsOnly',
    withHost: false,
    async open(page, mailbox, extension) {
      await attachDirectly(extension, mailbox, 'bob@demo.test');
      mailbox.admin.methods = 'sms';
      await logOn(walkFor(page, mailbox, 'bob@demo.test'));
      await expect(page.locator('input[name="sms_code"]')).toBeVisible();
    },
    buttons: [],
  },
  {
    name: 'client password page',
    key: 'verdictClientPassword',
    withHost: false,
    async open(page, mailbox, extension) {
      await attachDirectly(extension, mailbox, 'alice@demo.test');
      await signIn(page, mailbox, 'alice@demo.test');
      await page.goto(`${mailbox.url}/settings/security/client-password`);
      await expect(page.locator('input[name="otp"]')).toBeVisible();
    },
    buttons: [],
  },
];

for (const verdict of CASES) {
  test(`verdict: ${verdict.name}`, async ({ page, mailbox, extension }) => {
    await verdict.open(page, mailbox, extension);

    expect(await settledInPageButtons(page)).toEqual(verdict.buttons);
    const host = verdict.withHost ? [new URL(mailbox.url).host] : [];
    await expectVerdict(extension, page, verdict.key, ...host);
    expect(mailbox.smsOutbox('alice@demo.test')).toEqual([]);
    expect(mailbox.smsOutbox('bob@demo.test')).toEqual([]);
  });
}

test('verdict: other origin', async ({ page, extension }) => {
  // 127.0.0.2 is loopback too, but not one of the demo build's mail origins.
  const lookalike = await startMailbox({ host: '127.0.0.2', logLevel: 'silent' });
  try {
    const user = lookalike.users.get('alice@demo.test');
    if (user) user.authenticatorSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await logOn(walkFor(page, lookalike, 'alice@demo.test'));
    await expect(page.locator('input[name="otp"]')).toBeVisible();

    expect(await settledInPageButtons(page)).toEqual([]);
    const tabId = await activeTabId(extension, page);
    await expectVerdict(extension, tabId, 'verdictNotMailOrigin');
    const fill = await sendFromExtensionPage(extension, 'page.fill', { tabId });
    expect(fill).toMatchObject({ ok: true, value: { filled: false } });
    await expect(page.locator('input[name="otp"]')).toHaveValue('');
  } finally {
    await lookalike.close();
  }
});
