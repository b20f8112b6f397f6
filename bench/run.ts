/**
 * Run every benchmark and print its medians beside the figures measured on the most used
 * open-source TOTP extensions (Chromium 156, same kind of machine), as ratios: below 1 is
 * better than them. Needs the demo build: npm run build -- chrome --demo-only.
 * Run: npm run bench. Timings depend on the machine's load; record them in docs/benchmarks.md
 * with the machine they ran on.
 */
import { cpus, totalmem } from 'node:os';
import { runContentBench } from './content';
import { runPopupBench } from './popup';
import { runQrBench } from './qr';
import { runVaultBench } from './vault';

/** Figures of the most used open-source TOTP extensions, measured on Chromium 156. */
const REFERENCE = {
  popupFirstCodesMs20: 219,
  popupJsGzipBytes: 187 * 1024,
  contentGzipBytes: 26 * 1024,
  contentScriptMs10k: 12,
};
/** Our goals for the same figures. */
const GOAL = {
  popupFirstCodesMs20: 50,
  popupJsGzipBytes: 25 * 1024,
  contentGzipBytes: 6 * 1024,
  contentScriptMs10k: 2,
};

function line(name: string, ours: number, unit: string, reference: number, goal: number): string {
  const ratio = (ours / reference).toFixed(3);
  const verdict = ours <= goal ? 'meets' : 'MISSES';
  return `${name}: ${ours.toFixed(unit === 'B' ? 0 : 2)} ${unit} (reference ${reference} ${unit}, ratio ${ratio}; ${verdict} the goal of ${goal} ${unit})`;
}

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

const popup = await runPopupBench();
console.log('\nPopup');
console.log(
  line(
    'JS loaded at open, gzip',
    popup.initialJsGzipBytes,
    'B',
    REFERENCE.popupJsGzipBytes,
    GOAL.popupJsGzipBytes,
  ),
);
console.log(`CSS loaded at open, gzip: ${popup.initialCssGzipBytes} B`);
for (const [count, ms] of Object.entries(popup.firstCodesMs)) {
  const text = `first codes on screen with ${count} accounts, median of ${popup.openings}`;
  console.log(
    count === '20'
      ? line(text, ms, 'ms', REFERENCE.popupFirstCodesMs20, GOAL.popupFirstCodesMs20)
      : `${text}: ${ms.toFixed(2)} ms`,
  );
}

const content = await runContentBench();
console.log('\nContent script');
console.log(
  line(
    'content.js, gzip',
    content.gzipBytes,
    'B',
    REFERENCE.contentGzipBytes,
    GOAL.contentGzipBytes,
  ),
);
console.log(`content.js, raw: ${content.rawBytes} B`);
for (const row of content.rows) {
  const text = `script time on ${row.elements} elements ${row.codeField ? 'with' : 'without'} a code field, median of ${content.runs}`;
  console.log(
    row.elements === 10_000
      ? line(text, row.startMs, 'ms', REFERENCE.contentScriptMs10k, GOAL.contentScriptMs10k)
      : `${text}: ${row.startMs.toFixed(2)} ms`,
  );
  console.log(`  all main-thread tasks in the 400 ms after injection: ${row.taskMs.toFixed(2)} ms`);
}

const qr = await runQrBench();
console.log('\nQR decoding');
for (const [name, figures] of Object.entries(qr.decoders)) {
  console.log(
    `${name}: read ${figures.read} of ${figures.total} (${(figures.successRate * 100).toFixed(1)} %), median ${figures.medianMs.toFixed(2)} ms`,
  );
}
console.log(
  `read by another decoder but not by ours: ${qr.missedByOurs.length === 0 ? 'none' : qr.missedByOurs.join(', ')}`,
);
console.log(`read by ours but not by plain jsQR: ${qr.gainedOverJsQr.length}`);

const vault = await runVaultBench();
console.log('\nVault');
console.log(
  `unlock (Argon2id m=${vault.kdf.memoryKiB} KiB, t=${vault.kdf.iterations}, p=${vault.kdf.parallelism}), median: ${vault.unlockMs.toFixed(1)} ms`,
);
console.log(`codes for 100 accounts, median: ${vault.codes100Ms.toFixed(2)} ms`);
console.log(`one write to a vault of 1,000 accounts, median: ${vault.write1000Ms.toFixed(1)} ms`);
