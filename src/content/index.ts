/**
 * Entry of content.js, the content script registered for the mail origins, in every frame. At
 * document_idle it makes one cheap pass over the frame's inputs and images and reports what it
 * found to the worker. Later changes to the page are picked up by a MutationObserver whose
 * reaction waits for idle time. Where it finds a code field or a QR candidate, it requests
 * content-actions.js from the worker, which draws the fill button and the QR offers (see bridge.ts).
 */
import { shared } from './bridge';
import { send, listen } from './runtime';
import { scanPage, type Scan } from './scanner';

/** Shortest time between two reactions to page changes. */
const RESCAN_INTERVAL_MS = 500;

let lastReport = '';
let hasAccount = false;

function isOwnNode(node: Node): boolean {
  return node.nodeName === 'MAIL-AUTHENTICATOR-UI';
}

function isOwnChange(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(isOwnNode);
}

async function react(scan: Scan, observe: (root: ParentNode) => void): Promise<void> {
  scan.roots.forEach(observe);
  const report = JSON.stringify(scan.report);
  const { page, codeFields, qrCandidates } = scan.report;
  // A subframe with nothing in it stays silent; the top frame always reports once.
  const empty = page === 'other' && codeFields === 0 && qrCandidates === 0;
  if (report !== lastReport && !(empty && lastReport === '' && window !== top)) {
    lastReport = report;
    const reply = await send('content.report', scan.report);
    hasAccount = reply.ok && reply.value.hasAccount;
  }
  const needsActions = scan.codes.length > 0 || scan.qr.length > 0;
  if (needsActions && shared().actions === undefined) await send('content.loadActions', null);
  await shared().actions?.update(scan, hasAccount);
}

function start(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const observed = new WeakSet<ParentNode>();
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnNode(record.target) && !isOwnChange(record))) schedule();
  });
  const observe = (root: ParentNode) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['open', 'hidden', 'style', 'class', 'src'],
    });
  };
  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    void react(
      scanPage({ deep: 'small-pages', images: 'with-fields', onImageLoad: schedule }),
      observe,
    );
  };
  function schedule(): void {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRun + RESCAN_INTERVAL_MS - performance.now());
    timer = setTimeout(() => requestIdleCallback(run, { timeout: 1000 }), wait);
  }

  listen({ 'content.describe': () => Promise.resolve(scanPage({ deep: 'always' }).report) });
  run();
}

// The worker may run this file again in a tab that was open before it registered the script.
if (shared().detector === undefined) {
  shared().detector = { scanPage };
  start();
}
