/**
 * A tab that shows one of the extension's own pages (settings page or popup) in Firefox, driven
 * over raw WebDriver BiDi, with helpers that call the extension's APIs from inside that page.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { Reply, WorkerMessages, WorkerMessageType } from '../../src/shared/messages';
import { send } from './bidi';

interface CallResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

export interface ExtensionTab {
  /** Call an async function, given as source, inside the page; returns its JSON result. */
  run<Value>(declaration: string, ...args: unknown[]): Promise<Value>;
  /** Load another page of the extension, such as `src/popup/index.html?tab=3`. */
  open(pagePath: string): Promise<void>;
  /** Visible text of the page. */
  text(): Promise<string>;
  close(): Promise<void>;
}

/** Open a new tab on a page of the extension with the given moz-extension:// UUID. */
export async function openExtensionTab(
  browser: Browser,
  uuid: string,
  pagePath: string,
): Promise<ExtensionTab> {
  const { context } = await send<{ context: string }>(browser, 'browsingContext.create', {
    type: 'tab',
  });

  const tab: ExtensionTab = {
    async run<Value>(declaration: string, ...args: unknown[]) {
      const outcome = await send<CallResult>(browser, 'script.callFunction', {
        target: { context },
        functionDeclaration: `async (json) => JSON.stringify(await (${declaration})(...JSON.parse(json)))`,
        arguments: [{ type: 'string', value: JSON.stringify(args) }],
        awaitPromise: true,
      });
      const value = outcome.result?.value;
      if (outcome.type === 'exception' || typeof value !== 'string') {
        throw new Error(
          `${declaration} failed in the extension page: ${outcome.exceptionDetails?.text ?? ''}`,
        );
      }
      return (value === 'undefined' ? undefined : JSON.parse(value)) as Value;
    },
    async open(path: string) {
      await send(browser, 'browsingContext.navigate', {
        context,
        url: `moz-extension://${uuid}/${path}`,
        wait: 'complete',
      });
    },
    text: () => tab.run<string>('async () => document.body.innerText'),
    async close() {
      await send(browser, 'browsingContext.close', { context });
    },
  };
  await tab.open(pagePath);
  return tab;
}

/** Send a message to the extension's background page from an extension tab, as the popup does. */
export async function sendToWorker<Type extends WorkerMessageType>(
  tab: ExtensionTab,
  type: Type,
  payload: WorkerMessages[Type]['request'],
): Promise<WorkerMessages[Type]['response']> {
  const reply = await tab.run<Reply<WorkerMessages[Type]['response']>>(
    '(type, payload) => browser.runtime.sendMessage({ type, payload })',
    type,
    payload,
  );
  if (!reply.ok) throw new Error(`The worker rejected ${type}: ${reply.message}`);
  return reply.value;
}

/** Return the extension's ID for the tab that shows the page. */
export async function tabIdOf(tab: ExtensionTab, page: Page): Promise<number> {
  const id = await tab.run<number | null>(
    'async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null',
    page.url(),
  );
  if (id === null) throw new Error(`No tab shows ${page.url()}.`);
  return id;
}
