import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (playwright-core) against the production build in dist/. */
export default defineConfig({
  test: {
    environment: 'node',
    // The fault suite's browser faults (tests/faults) run here too; its unit-level faults run with the unit tests.
    include: ['tests/e2e/**/*.e2e.ts', 'tests/faults/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: two files at once (CI has two cores) made the service-worker deploy tests time out
    // now and then, waiting on the browser's own update timing.
    fileParallelism: false,
  },
})
