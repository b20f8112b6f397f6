/**
 * Popup benchmark. It prints the size of the JavaScript and CSS that the popup loads before its
 * first codes are painted, raw and gzip (level 6, as `gzip -c` uses), and the chunks it can load
 * later on demand. It also prints medians with 1, 20 and 200 accounts, each from the start of
 * the popup page's navigation: to the first code painted (the Element Timing entry of the top
 * row's code), to the codes in the DOM (a performance mark set before that paint), and from the
 * popup's entry script start to the codes in the DOM.
 * The popup opens as a tab, which Playwright can drive; a toolbar popup cannot be opened by a
 * script. See docs/benchmarks.md for what the figures count.
 * Needs the demo build (npm run build -- chrome --demo-only), or another build named by
 * POPUP_BENCH_EXTENSION. Run: npx tsx bench/popup.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { CODES_PAINTED_MARK, FIRST_CODE_ELEMENT, SCRIPT_START_MARK } from '../src/popup/marks';
import { EXTENSION_PATH, launchWithExtension } from '../tests/e2e/browser';
import { median } from './stats';

/** Popup openings measured per account count; the first one warms the worker and is dropped. */
const OPENINGS = 11;
const ACCOUNT_COUNTS = [1, 20, 200] as const;
/** Maximum wait for the paint of the first code after it is in the DOM. */
const PAINT_WAIT_MS = 5000;

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PopupBenchFigures {
  /** Scripts and stylesheets that the browser fetched before the first codes were painted. */
  initial: AssetSize[];
  /** Other chunks that dynamic import() can load later, such as the attach view. */
  lazy: AssetSize[];
  initialJsGzipBytes: number;
  initialCssGzipBytes: number;
  /** Median milliseconds from navigation start to the first code painted, by account count. */
  firstCodesMs: Record<number, number>;
  /** Median milliseconds from navigation start to the first codes in the DOM, by account count. */
  codesInDomMs: Record<number, number>;
  /**
   * Median milliseconds from the start of the popup's entry script to the first codes in the
   * DOM, by account count: the part that loading the page and its entry file does not include.
   */
  scriptToCodesMs: Record<number, number>;
  openings: number;
}

interface OpeningTimes {
  painted: number;
  inDom: number;
  scriptStart: number;
}

/** Built extension to measure: POPUP_BENCH_EXTENSION, else the demo build that the tests use. */
const extensionPath = process.env.POPUP_BENCH_EXTENSION ?? EXTENSION_PATH;

function sizeOf(file: string): AssetSize {
  const contents = readFileSync(path.join(extensionPath, file));
  return { file, bytes: contents.length, gzipBytes: gzipSync(contents, { level: 6 }).length };
}

/** Static `import … from "./x.js"` and dynamic `import("./x.js")`, as Vite's minified output writes them. */
const IMPORT_PATTERN =
  /(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+)["'`]|import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Collect files reachable through static imports from `roots`, and the dynamic import targets met. */
function walkImports(roots: string[]): { files: Set<string>; dynamic: Set<string> } {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  const pending = [...roots];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(extensionPath, file), 'utf8');
    const directory = path.posix.dirname(file);
    for (const [, staticTarget, dynamicTarget] of code.matchAll(IMPORT_PATTERN)) {
      if (staticTarget) pending.push(path.posix.join(directory, staticTarget));
      if (dynamicTarget) dynamic.add(path.posix.join(directory, dynamicTarget));
    }
  }
  return { files, dynamic };
}

/** Asset paths inside the extension, in the form that sizeOf and walkImports take. */
function assetPath(url: string): string {
  return new URL(url).pathname.replace(/^\//, '');
}

/** Split the files fetched at open from the chunks that dynamic imports can load later. */
function popupAssets(fetched: string[]): { initial: string[]; lazy: string[] } {
  const initial = fetched.filter((file) => /\.(?:js|css)$/.test(file));
  const reachable = walkImports(initial.filter((file) => file.endsWith('.js')));
  const later = walkImports([...reachable.dynamic]);
  return {
    initial,
    lazy: [...later.files].filter((file) => !initial.includes(file)).sort(),
  };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Return a key URI whose 160-bit secret differs per account index. */
function keyUri(index: number): string {
  let suffix = '';
  for (let rest = index; suffix.length < 16; rest = Math.floor(rest / 32))
    suffix += BASE32.charAt(rest % 32);
  const secret = `JBSWY3DPEHPK3PXP${suffix}`;
  return `otpauth://totp/Bench:user${index}%40bench.test?secret=${secret}&issuer=Bench`;
}

/** Read the times of one opening, once the top row's code has been painted. */
async function readOpening(popup: Page): Promise<OpeningTimes> {
  await popup.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    CODES_PAINTED_MARK,
  );
  // Element Timing entries are read through a buffered observer, because getEntriesByType lists
  // none. A build without the attribute gives NaN after PAINT_WAIT_MS.
  const painted = await popup.evaluate(
    ([identifier, waitMs]) =>
      new Promise<number>((resolve) => {
        setTimeout(() => resolve(Number.NaN), waitMs);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!('identifier' in entry) || entry.identifier !== identifier) continue;
            if ('renderTime' in entry && typeof entry.renderTime === 'number') {
              resolve(entry.renderTime);
            }
          }
        }).observe({ type: 'element', buffered: true });
      }),
    [FIRST_CODE_ELEMENT, PAINT_WAIT_MS] as const,
  );
  const [scriptStart = Number.NaN, inDom = Number.NaN] = await popup.evaluate(
    (marks) => marks.map((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN),
    [SCRIPT_START_MARK, CODES_PAINTED_MARK],
  );
  return { painted, inDom, scriptStart };
}

interface CountFigures {
  painted: number;
  inDom: number;
  fromScript: number;
  /** Extension files fetched during the last opening. */
  fetched: string[];
}

/** Medians of the timings with `count` accounts, in a fresh browser profile. */
async function measureFirstCodes(count: number): Promise<CountFigures> {
  const browser = await launchWithExtension({ extensionPath });
  try {
    const popupUrl = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
    const setup = await browser.context.newPage();
    await setup.goto(popupUrl);
    // Accounts go in through the worker's own message, as the popup's paste flow sends it.
    await setup.evaluate(
      async (uris) => {
        for (const uri of uris) {
          await chrome.runtime.sendMessage({ type: 'accounts.addUri', payload: { uri } });
        }
      },
      Array.from({ length: count }, (_, index) => keyUri(index)),
    );
    await setup.close();

    const times: OpeningTimes[] = [];
    let fetched: string[] = [];
    for (let opening = 0; opening < OPENINGS; opening += 1) {
      const popup = await browser.context.newPage();
      const requested: string[] = [];
      popup.on('request', (request) => requested.push(request.url()));
      await popup.goto(popupUrl);
      const measured = await readOpening(popup);
      if (opening > 0) times.push(measured);
      fetched = requested.filter((url) => url.startsWith('chrome-extension:')).map(assetPath);
      await popup.close();
    }
    return {
      painted: median(times.map((time) => time.painted)),
      inDom: median(times.map((time) => time.inDom)),
      fromScript: median(times.map((time) => time.inDom - time.scriptStart)),
      fetched,
    };
  } finally {
    await browser.close();
  }
}

/** Measure the popup's size and its time to the first codes. */
export async function runPopupBench(): Promise<PopupBenchFigures> {
  const firstCodesMs: Record<number, number> = {};
  const codesInDomMs: Record<number, number> = {};
  const scriptToCodesMs: Record<number, number> = {};
  let fetched: string[] = [];
  for (const count of ACCOUNT_COUNTS) {
    const figures = await measureFirstCodes(count);
    firstCodesMs[count] = figures.painted;
    codesInDomMs[count] = figures.inDom;
    scriptToCodesMs[count] = figures.fromScript;
    fetched = figures.fetched;
  }
  const assets = popupAssets(fetched);
  const initial = assets.initial.map(sizeOf);
  const lazy = assets.lazy.map(sizeOf);
  const gzipOf = (extension: string) =>
    initial
      .filter((asset) => asset.file.endsWith(extension))
      .reduce((sum, asset) => sum + asset.gzipBytes, 0);
  return {
    initial,
    lazy,
    initialJsGzipBytes: gzipOf('.js'),
    initialCssGzipBytes: gzipOf('.css'),
    firstCodesMs,
    codesInDomMs,
    scriptToCodesMs,
    openings: OPENINGS - 1,
  };
}

const entryScript = process.argv[1];
if (entryScript !== undefined && import.meta.url === pathToFileURL(entryScript).href) {
  const figures = await runPopupBench();
  const rows = (assets: AssetSize[]) =>
    assets
      .map((asset) => `  ${asset.file}: ${asset.bytes} B, ${asset.gzipBytes} B gzip`)
      .join('\n');
  console.log(`Fetched before the first codes were painted:\n${rows(figures.initial)}`);
  console.log(
    `JS total ${figures.initialJsGzipBytes} B gzip, CSS total ${figures.initialCssGzipBytes} B gzip`,
  );
  console.log(`Loaded on demand:\n${rows(figures.lazy)}`);
  const format = (value: number | undefined) => (value ?? Number.NaN).toFixed(1);
  for (const count of ACCOUNT_COUNTS) {
    console.log(
      `first codes with ${count} accounts, median of ${figures.openings}: ` +
        `painted ${format(figures.firstCodesMs[count])} ms and in the DOM ` +
        `${format(figures.codesInDomMs[count])} ms from navigation start, in the DOM ` +
        `${format(figures.scriptToCodesMs[count])} ms from the entry script start`,
    );
  }
}
