import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in Firefox: a runner of their own, so that neither the unit tests, with
 * their stubbed browser API, nor Playwright pick them up. Run `npm run build` first.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One Firefox at a time: each test starts its own, and the policy test edits a system file.
    fileParallelism: false,
    // Starting Firefox takes 10 to 40 seconds on a busy machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
