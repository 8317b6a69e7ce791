import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once before the end-to-end tests; TT_SKIP_BUILD=1 reuses an existing build.
    globalSetup: ['tests/support/build-site.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Browser tests share one machine with two cores; run files one at a time.
    fileParallelism: false,
  },
});
