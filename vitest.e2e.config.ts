import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (playwright-core) against the production build in dist/. */
export default defineConfig({
  test: {
    environment: 'node',
    // The fault suite's browser faults (tests/faults) run here too; its unit-level faults run with the unit tests.
    include: ['tests/e2e/**/*.e2e.ts', 'tests/faults/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: CI has two cores.
    fileParallelism: false,
  },
})
