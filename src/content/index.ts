/**
 * Content script of the mail pages, in every frame. At document_idle it makes one cheap pass
 * over the frame's inputs and images, reports what it found to the worker, offers key QR codes
 * for attachment and puts a fill button next to code fields. Later changes to the page are
 * picked up by a MutationObserver whose reaction waits for idle time.
 */
import type { FillPurpose, PageReport } from '../shared/messages';
import type { Field } from './fields/detect';
import { fillCode } from './filler';
import { offerCandidates } from './qr/offers';
import { readCandidate } from './qr/read';
import { listen, send } from './runtime';
import { crossOriginFrame } from './safety';
import { scanPage, type Scan } from './scanner';
import { openFillButton } from './ui/fillButton';
import type { Layer } from './ui/layer';
import { openPanel } from './ui/panel';
import { strings } from './ui/strings';

/** Shortest time between two reactions to page changes. */
const RESCAN_INTERVAL_MS = 500;
/** Set in this extension's isolated world, because the worker may inject the script again. */
const STARTED = Symbol.for('mail-authenticator.content');

let lastReport = '';
let hasAccount = false;
const buttons = new Map<HTMLInputElement, Layer>();

function isOwnNode(node: Node): boolean {
  return node.nodeName === 'MAIL-AUTHENTICATOR-UI';
}

async function pressFill(anchor: Element, purpose: FillPurpose): Promise<void> {
  const reply = await send('content.code', { purpose });
  const outcome = reply.ok ? await fillCode(reply.value, true) : null;
  if (!reply.ok) openPanel(anchor, reply.message);
  else if (outcome?.filled === false)
    openPanel(anchor, `${strings.notFilled}${outcome.reason ?? ''}`);
}

/** Keep one fill button per visible code field on logon and delete pages, and no others. */
function updateButtons(codes: readonly Field[], page: PageReport['page']): void {
  const wanted = new Map<HTMLInputElement, boolean>();
  if (hasAccount && (page === 'logon' || page === 'delete') && crossOriginFrame() === null) {
    for (const { boxes } of codes) {
      const last = boxes[boxes.length - 1];
      if (last !== undefined && last.getBoundingClientRect().width > 0) {
        wanted.set(last, boxes.length > 1);
      }
    }
  }
  for (const [input, layer] of buttons) {
    if (wanted.has(input)) {
      layer.place();
      continue;
    }
    layer.remove();
    buttons.delete(input);
  }
  for (const [input, digits] of wanted) {
    if (buttons.has(input)) continue;
    const purpose = page as FillPurpose;
    buttons.set(
      input,
      openFillButton(input, digits, () => void pressFill(input, purpose)),
    );
  }
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
  updateButtons(scan.codes, scan.report.page);
  if (crossOriginFrame() === null) await offerCandidates(scan.qr);
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
    void react(scanPage({ deep: 'small-pages', onImageLoad: schedule }), observe);
  };
  function schedule(): void {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRun + RESCAN_INTERVAL_MS - performance.now());
    timer = setTimeout(() => requestIdleCallback(run, { timeout: 1000 }), wait);
  }

  listen({
    'content.fill': (request) => fillCode(request, false),
    'content.describe': () => Promise.resolve(scanPage({ deep: 'always' }).report),
    'content.collectQr': async () => {
      const { qr } = scanPage({ deep: 'always', backgrounds: true });
      const sources = await Promise.all(qr.map(readCandidate));
      return sources.filter((source) => source !== null);
    },
  });
  run();
}

function isOwnChange(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(isOwnNode);
}

const scope = globalThis as { [STARTED]?: boolean };
if (scope[STARTED] !== true) {
  scope[STARTED] = true;
  start();
}
