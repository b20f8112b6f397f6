import type { Page } from '@playwright/test';

/**
 * Clicks on the extension's in-page UI. It lives in a closed shadow root that page scripts and
 * Playwright's selectors cannot enter, so the button is found through the DevTools protocol
 * (DOM.getDocument with pierce) and clicked with a real mouse event, as a user would.
 */
interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** The UI ignores clicks that come sooner than this after it appears (clickjacking guard). */
const SETTLE_MS = 700;

function textOf(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function findButtons(node: DomNode, insideUi: boolean, found: DomNode[]): DomNode[] {
  const inUi = insideUi || node.nodeName === 'MAIL-AUTHENTICATOR-UI';
  if (inUi && node.nodeName === 'BUTTON') found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    findButtons(child, inUi, found);
  }
  if (node.contentDocument) findButtons(node.contentDocument, false, found);
  return found;
}

/** Texts of the extension's in-page UI, for assertions on what it told the user. */
export async function inPageTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const texts: string[] = [];
    const walk = (node: DomNode, inUi: boolean) => {
      const here = inUi || node.nodeName === 'MAIL-AUTHENTICATOR-UI';
      if (here && node.nodeName === 'DIV') texts.push(textOf(node));
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])])
        walk(child, here);
      if (node.contentDocument) walk(node.contentDocument, false);
    };
    walk(root, false);
    return texts;
  } finally {
    await cdp.detach();
  }
}

/** Wait for the extension's in-page button with this label and click it; fails after the timeout. */
export async function clickInPageButton(
  page: Page,
  label: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const cdp = await page.context().newCDPSession(page);
  const findButton = async () => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return findButtons(root, false, []).find((node) => textOf(node).trim() === label);
  };
  try {
    let seenAt: number | null = null;
    for (;;) {
      const button = await findButton();
      seenAt = button === undefined ? null : (seenAt ?? Date.now());
      // Click only once the button has been on screen for the guard's delay; the node ID is
      // fresh from this round, so a panel redrawn meanwhile is found again.
      if (button !== undefined && seenAt !== null && Date.now() - seenAt >= SETTLE_MS) {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
          model: { content: number[] };
        };
        const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      }
      if (Date.now() > deadline)
        throw new Error(`The extension's in-page button "${label}" did not appear.`);
      await page.waitForTimeout(150);
    }
  } finally {
    await cdp.detach();
  }
}
