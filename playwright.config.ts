import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension (dist/chrome-demo) in Debian's Chromium against the demo
 * mailbox on 127.0.0.1. Each test gets a fresh browser profile. Run `npm run build` first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Several runs at once (developers, CI) each need their own folder: set PLAYWRIGHT_OUTPUT_DIR.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
