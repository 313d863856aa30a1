import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (playwright-core) against the production build in dist/. */
export default defineConfig({
  test: {
    environment: 'node',
    // The fault suite's browser faults (tests/faults) run here too; its unit-level faults run with the unit tests.
    include: ['tests/e2e/**/*.e2e.ts', 'tests/faults/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at once, one per core (CI has two): Vitest 4 would otherwise leave one idle. Tests wait on
    // conditions, never on timing, so a busier machine only makes them slower.
    maxWorkers: 2,
  },
})
