/**
 * Steps shared by the mail rule tests (rules-*.spec.ts): attaching an authenticator on both
 * sides without the QR flow, reading the popup's verdict, typing an SMS code as the user would,
 * and listing the extension's in-page buttons.
 */
import type { Page } from '@playwright/test';
import type { Mailbox, MfaPolicy, SkipReason } from '../../demo/server';
import { DEMO_PASSWORD } from '../../demo/seed';
import type { Language, Walk } from '../../demo/walkthrough';
import type { Reply, WorkerMessages, WorkerMessageType } from '../../src/shared/messages';
import type { ExtensionBrowser } from './browser';
import { expect, openPopup } from './fixtures';
import { message } from './popup-helpers';

/** Base32 secret of 160 bits that the rule tests attach; used nowhere else. */
export const RULES_SECRET = 'KRSXG5BAONSWG4TFOQQGM33SEBZHK3DF';

/** Return a walk for one demo user on this mailbox. */
export function walkFor(
  page: Page,
  mailbox: Mailbox,
  username: string,
  language: Language = 'en',
): Walk {
  return { page, mailbox: mailbox.url, language, username, password: DEMO_PASSWORD };
}

/** Send a message to the worker from an extension page, as the popup does, and return the reply. */
export async function sendFromExtensionPage<Type extends WorkerMessageType>(
  extension: ExtensionBrowser,
  type: Type,
  payload: WorkerMessages[Type]['request'],
): Promise<Reply<WorkerMessages[Type]['response']>> {
  const sender = await extension.context.newPage();
  try {
    await sender.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
    return await sender.evaluate(
      ([messageType, messagePayload]) =>
        chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }),
      [type, payload] as const,
    );
  } finally {
    await sender.close();
  }
}

/**
 * Attach RULES_SECRET to the user on the mailbox and store the same key in the extension, bound
 * to the mailbox's origin: the state that the QR flow leaves behind, reached without it.
 */
export async function attachDirectly(
  extension: ExtensionBrowser,
  mailbox: Mailbox,
  username: string,
): Promise<void> {
  const user = mailbox.users.get(username);
  if (user === undefined) throw new Error(`The demo mailbox has no user ${username}.`);
  user.authenticatorSecret = RULES_SECRET;
  const label = encodeURIComponent(`Demo Mail:${username}`);
  const uri = `otpauth://totp/${label}?secret=${RULES_SECRET}&issuer=Demo%20Mail`;
  const reply = await sendFromExtensionPage(extension, 'accounts.addUri', {
    uri,
    origin: mailbox.url,
  });
  if (!reply.ok) throw new Error(`accounts.addUri failed: ${reply.message}`);
}

/**
 * Return the ID of the tab showing the page, found as the active tab. openPopup finds a tab by
 * its URL, which the extension cannot read on a site it has no host permission for.
 */
export async function activeTabId(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extension.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No active tab shows ${page.url()}.`);
  return id;
}

/** Open the popup as a page that acts on the tab with this ID. */
export async function openPopupOnTab(extension: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

/** Open the popup on the page and wait until its status line shows the message with this key. */
export async function expectVerdict(
  extension: ExtensionBrowser,
  page: Page | number,
  key: string,
  ...substitutions: string[]
): Promise<Page> {
  const popup =
    typeof page === 'number'
      ? await openPopupOnTab(extension, page)
      : await openPopup(extension, page);
  await expect(popup.locator('.status')).toHaveText(message('en', key, ...substitutions));
  return popup;
}

/** Press the page's "Send code" button, then type the newest SMS code from the phone outbox. */
export async function typeSmsCode(page: Page, mailbox: Mailbox, username: string): Promise<string> {
  const before = mailbox.smsOutbox(username).length;
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect.poll(() => mailbox.smsOutbox(username).length).toBe(before + 1);
  const [latest] = mailbox.smsOutbox(username);
  if (latest === undefined) throw new Error(`No SMS reached ${username}.`);
  await page.locator('input[name="sms_code"]').fill(latest.code);
  return latest.code;
}

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function textOf(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function collectButtonLabels(node: DomNode, insideUi: boolean, labels: string[]): string[] {
  const inUi = insideUi || node.nodeName === 'MAIL-AUTHENTICATOR-UI';
  if (inUi && node.nodeName === 'BUTTON') labels.push(textOf(node).trim());
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    collectButtonLabels(child, inUi, labels);
  }
  if (node.contentDocument) collectButtonLabels(node.contentDocument, false, labels);
  return labels;
}

/**
 * Return the labels of the extension's in-page buttons. They sit in a closed shadow root, which
 * only the DevTools protocol's pierce option reaches.
 */
export async function inPageButtonLabels(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const reply = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return collectButtonLabels(reply.root, false, []);
  } finally {
    await cdp.detach();
  }
}

/**
 * Wait until the content script has had time to react to the page, then return the labels of the
 * extension's in-page buttons. The wait is a settle time, not a timing assertion: a button that
 * should not exist has no event to wait for.
 */
export async function settledInPageButtons(page: Page): Promise<string[]> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  return inPageButtonLabels(page);
}

/** A policy under which a member's logon skips the second factor, and the reason the log gives. */
export interface SkipCase {
  name: string;
  username: string;
  policy: Partial<MfaPolicy>;
  reason: SkipReason;
}
