import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (playwright-core) against the production build in dist/. */
export default defineConfig({
  test: {
    environment: 'node',
    // The fault suite's browser faults (tests/faults) run here too; its unit-level faults run with the unit tests.
    include: ['tests/e2e/**/*.e2e.ts', 'tests/faults/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time on CI's two cores: most of a browser test's time is waiting (network, workers, timers).
    maxWorkers: 2,
  },
})
