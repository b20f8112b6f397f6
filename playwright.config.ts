import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension (dist/chrome-demo) in Debian's Chromium against the demo
 * mailbox on 127.0.0.1. Each test gets a fresh browser profile. Run `npm run build` first.
 */
/** Tests that write Chromium policy files. */
const POLICY_FILES = ['**/policy*.spec.ts', '**/rules-trusted.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  // Several runs at once (developers, CI) each need their own folder: set PLAYWRIGHT_OUTPUT_DIR.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: POLICY_FILES },
    {
      // Policy files under /etc apply to every Chromium on the machine, so the tests that write
      // them run alone, one at a time, after all the others.
      name: 'chromium-policy',
      testMatch: POLICY_FILES,
      dependencies: ['chromium'],
      workers: 1,
    },
  ],
});
