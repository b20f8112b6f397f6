/**
 * Content script benchmark: the size of content.js and content-actions.js, raw and gzipped, and
 * the main-thread time they cost on generated pages of 1,000, 10,000 and 50,000 elements, with
 * and without a code field. content.js runs in an isolated world made over the DevTools
 * protocol, as a content script does, with a stand-in for chrome.runtime that replies at once.
 * When content.js requests content-actions.js, the stand-in evaluates it in the same world, as
 * the worker's scripting.executeScript does.
 *
 * Two times are reported. "start" is performance.now() around the script's evaluation in the
 * isolated world: compiling it and its first pass over the page, which is synchronous. "tasks" is
 * the growth of the renderer's TaskDuration (Performance.getMetrics) from just before injection
 * to 400 ms after it: all main-thread work, including the replies, idle-time work and any style
 * or layout that reading element sizes forces. The page is laid out before injection, as it is
 * at document_idle, and generated pages run no script of their own.
 * Run: npx tsx bench/content.ts
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { contentScript, launchChromium } from '../tests/e2e/content-harness';
import { median } from './stats';

const SIZES = [1_000, 10_000, 50_000];
/** Time given to the script's replies and idle callbacks after injection. */
const SETTLE_MS = 400;

export interface ContentBenchRow {
  elements: number;
  codeField: boolean;
  startMs: number;
  taskMs: number;
}

export interface ScriptSize {
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface ContentBenchFigures {
  /** Size of content.js, which every mail page loads. */
  rawBytes: number;
  gzipBytes: number;
  /** content.js first, then content-actions.js. */
  sizes: ScriptSize[];
  runs: number;
  rows: ContentBenchRow[];
}

/** Build a mail-like page: rows of a message list with links, icons and text, and a search box. */
function generatePage(elements: number, codeField: boolean): string {
  const row =
    '<li class="message"><a href="#m"><span class="from">Sender</span>' +
    '<span class="subject">Subject line</span></a><img src="" width="16" height="16" alt=""></li>';
  const rows = row.repeat(Math.ceil(elements / 5));
  const form = codeField
    ? '<h1>Verify your identity</h1><form><label for="otp">Verification code</label>' +
      '<input id="otp" name="otp" autocomplete="one-time-code"><button>Log In</button></form>'
    : '';
  return `<!doctype html><html lang="en"><head><title>Inbox</title></head><body>
    <input type="search" name="q" placeholder="Search mail">${form}<ul>${rows}</ul></body></html>`;
}

/** Stand-in for chrome.runtime; ACTIONS is the text of content-actions.js. */
const STUB = `globalThis.chrome = { runtime: {
  sendMessage: async (message) => {
    if (message.type === 'content.loadActions') (0, eval)(ACTIONS);
    return { ok: true, value: { locked: false, hasAccount: true } };
  },
  onMessage: { addListener() {} },
} };`;

async function measure(
  page: Page,
  html: string,
  script: string,
  actions: string,
): Promise<[number, number]> {
  await page.setContent(html, { timeout: 120_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'content-bench',
  });
  await cdp.send('Runtime.evaluate', {
    expression: `const ACTIONS = ${JSON.stringify(actions)};\n${STUB}`,
    contextId: executionContextId,
  });

  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return value('TaskDuration');
  };
  const expression = `(() => {
    const started = performance.now();
    (0, eval)(${JSON.stringify(script)});
    return performance.now() - started;
  })()`;
  const taskBefore = await read();
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: executionContextId,
  });
  await page.waitForTimeout(SETTLE_MS);
  const taskAfter = await read();
  await cdp.detach();
  // The fill button appears only on pages with a code field; its absence there would mean
  // that the script did not run.
  const buttons = await page.locator('mail-authenticator-ui').count();
  if (buttons !== (html.includes('id="otp"') ? 1 : 0)) {
    throw new Error(`The content script showed ${buttons} buttons; the measurement is void.`);
  }
  // TaskDuration is in seconds.
  return [Number(result.value), (taskAfter - taskBefore) * 1000];
}

/** Measure size and main-thread time; each run loads its page in a new tab. */
export async function runContentBench(runs = 5): Promise<ContentBenchFigures> {
  const script = await contentScript('content.js');
  const actions = await contentScript('content-actions.js');
  const browser = await launchChromium();
  const rows: ContentBenchRow[] = [];
  try {
    for (const elements of SIZES) {
      for (const codeField of [false, true]) {
        const html = generatePage(elements, codeField);
        const samples: [number, number][] = [];
        for (let run = 0; run < runs; run += 1) {
          // A new page each time: setContent keeps the document, so a script started in an
          // earlier run would still observe it and do the work instead of the measured one.
          const page = await browser.newPage();
          samples.push(await measure(page, html, script, actions));
          await page.close();
        }
        rows.push({
          elements,
          codeField,
          startMs: median(samples.map(([startMs]) => startMs)),
          taskMs: median(samples.map(([, taskMs]) => taskMs)),
        });
      }
    }
  } finally {
    await browser.close();
  }
  const detector = sizeOf('content.js', script);
  const sizes = [detector, sizeOf('content-actions.js', actions)];
  return { rawBytes: detector.rawBytes, gzipBytes: detector.gzipBytes, sizes, runs, rows };
}

function sizeOf(name: string, text: string): ScriptSize {
  const bytes = Buffer.from(text);
  return { name, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

async function main(): Promise<void> {
  const figures = await runContentBench();
  for (const { name, rawBytes, gzipBytes } of figures.sizes) {
    console.log(`${name}: ${rawBytes} bytes, ${gzipBytes} bytes gzipped (level 9)`);
  }
  console.log(`Main-thread time, median of ${figures.runs} runs, Chromium via Playwright:`);
  for (const { elements, codeField, startMs, taskMs } of figures.rows) {
    const shape = `${String(elements).padStart(6)} elements, ${codeField ? 'code field   ' : 'no code field'}`;
    console.log(`${shape}  start ${startMs.toFixed(2)} ms, tasks ${taskMs.toFixed(2)} ms`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
