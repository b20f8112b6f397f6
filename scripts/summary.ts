/**
 * Print one closing line for the whole test run, "N passed, N failed, N skipped", from the JSON
 * reports that vitest (unit and Firefox tests) and Playwright wrote to artifacts/. Exits non-zero
 * when anything failed or when no test ran at all.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new Error(`Missing test report ${path}: did the test runner start?`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

function vitestCounts(path: string): Counts {
  const report = readJson(path) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(): Counts {
  const report = readJson('artifacts/playwright.json') as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  };
}

const parts = [
  vitestCounts('artifacts/vitest.json'),
  playwrightCounts(),
  vitestCounts('artifacts/firefox.json'),
];
const total = parts.reduce((sum, part) => ({
  passed: sum.passed + part.passed,
  failed: sum.failed + part.failed,
  skipped: sum.skipped + part.skipped,
}));
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
