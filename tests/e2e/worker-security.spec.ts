import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { EXTENSION_PATH, launchWithExtension } from './browser';
import { expect, test } from './fixtures';

/** Send a message from the extension's isolated world in a tab's frames, as a content script would. */
async function sendFromContentWorld(worker: Worker, pageUrl: string, message: unknown) {
  return worker.evaluate(
    async ({ url, envelope }) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
      if (tab?.id === undefined) throw new Error(`No tab shows ${url}.`);
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func: async (sent: unknown) => ({
          origin: location.origin,
          reply: (await chrome.runtime.sendMessage(sent)) as unknown,
        }),
        args: [envelope],
      });
      return results.map((result) => result.result as { origin: string; reply: unknown });
    },
    { url: pageUrl, envelope: message },
  );
}

async function openMailPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('domcontentloaded');
}

test('content script may not manage accounts', async ({ page, mailbox, extension }) => {
  await openMailPage(page, `${mailbox.url}/login`);
  for (const type of [
    'accounts.list',
    'vault.status',
    'backup.export',
    'settings.set',
    'page.fill',
  ]) {
    const [frame] = await sendFromContentWorld(extension.worker, page.url(), {
      type,
      payload: null,
    });
    expect(frame?.reply, type).toMatchObject({ ok: false, error: 'forbidden' });
  }
});

test('malformed messages get plain errors', async ({ page, mailbox, extension }) => {
  await openMailPage(page, `${mailbox.url}/login`);
  const cases: [unknown, string][] = [
    [{ type: 'no.such.message', payload: null }, 'invalid-request'],
    ['just text', 'invalid-request'],
    [{ type: 'content.code', payload: { purpose: 'steal' } }, 'invalid-request'],
    [{ type: 'content.qr', payload: { source: { kind: 'url', url: 42 } } }, 'invalid-request'],
    [{ type: 'content.attach', payload: { offerId: 'not-an-offer' } }, 'not-found'],
  ];
  for (const [message, error] of cases) {
    const [frame] = await sendFromContentWorld(extension.worker, page.url(), message);
    expect(frame?.reply, JSON.stringify(message)).toMatchObject({ ok: false, error });
  }
});

test('cross-origin mail frame gets no code', async ({ page, mailbox, extension }) => {
  // A page on another origin frames the mailbox: the setup of a click-jacking attack.
  const portal = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<!doctype html><iframe src="${mailbox.url}/login" width="600" height="400"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = portal.address() as AddressInfo;
    await openMailPage(page, `http://127.0.0.1:${port}/`);
    await expect(page.frameLocator('iframe').locator('#username')).toBeVisible();
    const frames = await sendFromContentWorld(extension.worker, page.url(), {
      type: 'content.code',
      payload: { purpose: 'logon' },
    });
    const framed = frames.find((frame) => frame.origin === mailbox.url);
    expect(framed?.reply).toMatchObject({ ok: false, error: 'forbidden' });
    expect(JSON.stringify(framed?.reply)).toContain('frame from another site');
  } finally {
    portal.close();
  }
});

test('web page cannot reach the worker', async ({ page, mailbox, extension }) => {
  await openMailPage(page, `${mailbox.url}/login`);
  const outcome = await page.evaluate(async (id) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
      ?.runtime;
    if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
    try {
      await (runtime.sendMessage as (id: string, message: unknown) => Promise<unknown>)(id, {
        type: 'accounts.list',
        payload: null,
      });
      return 'answered';
    } catch {
      return 'refused';
    }
  }, extension.extensionId);
  expect(['no runtime', 'refused']).toContain(outcome);
});

test('other extension cannot reach the worker', async () => {
  // A second extension, loaded beside ours, tries to message our worker directly.
  const other = mkdtempSync(path.join(tmpdir(), 'other-extension-'));
  writeFileSync(
    path.join(other, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Other',
      version: '1.0',
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(path.join(other, 'worker.js'), '// Driven from the test through evaluate.\n');
  const browser = await launchWithExtension({
    extensionPath: `${EXTENSION_PATH},${other}`,
  });
  try {
    const otherWorker =
      browser.context
        .serviceWorkers()
        .find((worker) => !worker.url().includes(browser.extensionId)) ??
      (await browser.context.waitForEvent('serviceworker', {
        predicate: (worker) => !worker.url().includes(browser.extensionId),
      }));
    const outcome = await otherWorker.evaluate(async (id) => {
      try {
        const reply: unknown = await chrome.runtime.sendMessage(id, {
          type: 'accounts.list',
          payload: null,
        });
        return `answered ${JSON.stringify(reply)}`;
      } catch (error) {
        return `refused ${String(error)}`;
      }
    }, browser.extensionId);
    expect(outcome).toMatch(/^refused/);
  } finally {
    await browser.close();
  }
});
