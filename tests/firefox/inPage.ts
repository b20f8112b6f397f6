/**
 * Clicks on the extension's in-page UI in Firefox. The UI lives in a closed shadow root, which
 * page scripts, CSS selectors and Firefox's accessibility locator do not enter. WebDriver BiDi
 * can still serialize closed shadow roots (`includeShadowTree: 'all'`), with a shared ID for
 * every node. The test finds the button by its text there and reads that node's box from the
 * page. It then clicks the box's centre with a real mouse event, as a user would. This plays the
 * part that the DevTools protocol's DOM.getDocument with pierce plays in the Chromium tests.
 * NOTE: only the top-level frame is searched, because the demo mailbox's flows use no iframes.
 */
import type { Browser, Page } from 'puppeteer-core';
import { callWithNode, contextOf, evaluate, type NodeValue, type RemoteValue } from './bidi';

/** The UI ignores clicks that come sooner than 500 ms after it appears (clickjacking guard). */
const SETTLE_MS = 700;
const POLL_MS = 200;
/** nodeType of a text node in the DOM. */
const TEXT_NODE = 3;
const UI_HOSTS = 'Array.from(document.querySelectorAll("mail-authenticator-ui"))';

interface FoundNode {
  sharedId: string;
  localName: string;
  text: string;
}

function nodeOf(value: RemoteValue): NodeValue | undefined {
  return value.type === 'node' ? (value.value as NodeValue | undefined) : undefined;
}

function textOf(value: RemoteValue): string {
  const node = nodeOf(value);
  if (node === undefined) return '';
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Collect every element with one of the tag names, inside shadow roots too. */
function collect(value: RemoteValue, names: string[], found: FoundNode[]): FoundNode[] {
  const node = nodeOf(value);
  if (node === undefined) return found;
  if (node.localName !== undefined && names.includes(node.localName) && value.sharedId) {
    found.push({ sharedId: value.sharedId, localName: node.localName, text: textOf(value) });
  }
  const children = [...(node.children ?? []), ...(node.shadowRoot ? [node.shadowRoot] : [])];
  for (const child of children) collect(child, names, found);
  return found;
}

async function uiElements(browser: Browser, page: Page, names: string[]): Promise<FoundNode[]> {
  const context = await contextOf(browser, page);
  const hosts = await evaluate(browser, context, UI_HOSTS);
  const list = Array.isArray(hosts.value) ? (hosts.value as RemoteValue[]) : [];
  return list.flatMap((host) => collect(host, names, []));
}

/** Texts of the extension's in-page panels, for assertions on what it showed the user. */
export async function inPageTexts(browser: Browser, page: Page): Promise<string[]> {
  const blocks = await uiElements(browser, page, ['div']);
  return blocks.map((block) => block.text);
}

/** Wait for the extension's in-page button with this label and click it; fails after the timeout. */
export async function clickInPageButton(
  browser: Browser,
  page: Page,
  label: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const buttons = await uiElements(browser, page, ['button']);
    const button = buttons.find((candidate) => candidate.text.trim() === label);
    if (button !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const context = await contextOf(browser, page);
      const [x, y] = await callWithNode<[number, number]>(
        browser,
        context,
        '(node) => { const box = node.getBoundingClientRect(); return [box.x + box.width / 2, box.y + box.height / 2]; }',
        button.sharedId,
      );
      await page.mouse.click(x, y);
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`The extension's in-page button "${label}" did not appear.`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
