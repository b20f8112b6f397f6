/**
 * Popup benchmark. It prints the size of the JavaScript and CSS that the popup loads when it
 * opens, raw and gzip (level 6, as `gzip -c` uses), and the chunks it loads later on demand. It
 * also prints the median time from the start of the popup's navigation to the first codes in the
 * page, and from the start of the popup's own script, with 1, 20 and 200 accounts. The popup
 * sets performance marks that Playwright reads.
 * Needs the demo build (npm run build -- chrome --demo-only), or another build named by
 * POPUP_BENCH_EXTENSION. Run: npx tsx bench/popup.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CODES_PAINTED_MARK, SCRIPT_START_MARK } from '../src/popup/marks';
import { EXTENSION_PATH, launchWithExtension } from '../tests/e2e/browser';
import { median } from './stats';

/** Popup openings measured per account count; the first one warms the worker and is dropped. */
const OPENINGS = 11;
const ACCOUNT_COUNTS = [1, 20, 200] as const;

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PopupBenchFigures {
  /** Files loaded when the popup opens: its entry script, static imports and stylesheets. */
  initial: AssetSize[];
  /** Chunks loaded later through dynamic import(), such as the attach view. */
  lazy: AssetSize[];
  initialJsGzipBytes: number;
  initialCssGzipBytes: number;
  /** Median milliseconds from navigation start to the first codes in the page, by account count. */
  firstCodesMs: Record<number, number>;
  /**
   * Median milliseconds from the start of the popup's own script to the first codes, by account
   * count: the part that loading the page's files does not include.
   */
  scriptToCodesMs: Record<number, number>;
  openings: number;
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

/** List the files the popup loads when it opens, and those it loads later on demand. */
function popupAssets(): { initial: string[]; lazy: string[] } {
  const html = readFileSync(path.join(extensionPath, 'src/popup/index.html'), 'utf8');
  const roots = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].flatMap((match) =>
    match[1] === undefined ? [] : [match[1]],
  );
  const initial = walkImports(roots);
  const later = walkImports([...initial.dynamic]);
  return {
    initial: [...initial.files],
    lazy: [...later.files].filter((file) => !initial.files.has(file)),
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

/** Medians of both timings with `count` accounts, in a fresh browser profile. */
async function measureFirstCodes(
  count: number,
): Promise<{ fromNavigation: number; fromScript: number }> {
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

    const fromNavigation: number[] = [];
    const fromScript: number[] = [];
    for (let opening = 0; opening < OPENINGS; opening += 1) {
      const popup = await browser.context.newPage();
      await popup.goto(popupUrl);
      await popup.waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        CODES_PAINTED_MARK,
      );
      const [scriptStart, codes] = await popup.evaluate(
        (marks) =>
          marks.map((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN),
        [SCRIPT_START_MARK, CODES_PAINTED_MARK],
      );
      if (opening > 0 && scriptStart !== undefined && codes !== undefined) {
        fromNavigation.push(codes);
        fromScript.push(codes - scriptStart);
      }
      await popup.close();
    }
    return { fromNavigation: median(fromNavigation), fromScript: median(fromScript) };
  } finally {
    await browser.close();
  }
}

/** Measure the popup's size and its time to the first codes. */
export async function runPopupBench(): Promise<PopupBenchFigures> {
  const assets = popupAssets();
  const initial = assets.initial.map(sizeOf);
  const lazy = assets.lazy.map(sizeOf);
  const gzipOf = (extension: string) =>
    initial
      .filter((asset) => asset.file.endsWith(extension))
      .reduce((sum, asset) => sum + asset.gzipBytes, 0);
  const firstCodesMs: Record<number, number> = {};
  const scriptToCodesMs: Record<number, number> = {};
  for (const count of ACCOUNT_COUNTS) {
    const timing = await measureFirstCodes(count);
    firstCodesMs[count] = timing.fromNavigation;
    scriptToCodesMs[count] = timing.fromScript;
  }
  return {
    initial,
    lazy,
    initialJsGzipBytes: gzipOf('.js'),
    initialCssGzipBytes: gzipOf('.css'),
    firstCodesMs,
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
  console.log(`Loaded when the popup opens:\n${rows(figures.initial)}`);
  console.log(
    `JS total ${figures.initialJsGzipBytes} B gzip, CSS total ${figures.initialCssGzipBytes} B gzip`,
  );
  console.log(`Loaded on demand:\n${rows(figures.lazy)}`);
  for (const count of ACCOUNT_COUNTS) {
    const fromNavigation = (figures.firstCodesMs[count] ?? Number.NaN).toFixed(1);
    const fromScript = (figures.scriptToCodesMs[count] ?? Number.NaN).toFixed(1);
    console.log(
      `first codes with ${count} accounts, median of ${figures.openings}: ${fromNavigation} ms ` +
        `from navigation start, ${fromScript} ms from the popup's script start`,
    );
  }
}
